-- Title and summary on their own, indexed: a search with very many matches ranks on these (cheap, stored inline)
-- and only a bounded set of candidates, so a common word stays fast in a bank of a million items.
alter table knowledge_item add column search_head tsvector generated always as (
        setweight(to_tsvector('dutch', title), 'A')
        || setweight(to_tsvector('dutch', coalesce(summary, '')), 'B')) stored;
create index knowledge_item_search_head on knowledge_item using gin (search_head);
