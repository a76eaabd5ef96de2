-- What a text search reads: one narrow row per published item with its filters, facets and sort keys, the
-- title/summary vector (weights A/B and positions: ranking and phrases) and the vector of the whole text (title,
-- summary, body, attachments) stripped of weights and positions (matching only; it is never ranked, so a search
-- never reads long bodies or their vectors). Spread over 8 hash partitions: a search that wants its first few hundred
-- matches reads the partitions one after another and stops, so a word found in half the bank builds the match
-- bitmap of one eighth of it. Maintained by a trigger on knowledge_item (also for rows written by hand); rebuilt by
-- knowledge.rebuild_search_entries() (the console's rebuild-search). No primary key: pg_restore --clean (the console's
-- restore) cannot drop the inherited key constraints of partitions; the trigger deletes before it inserts, and the
-- item row it runs for is locked until its transaction ends, so an item never has two entries.
create table search_entry (
    item_id            bigint       not null references knowledge_item (id) on delete cascade,
    type               varchar(30)  not null,
    title              varchar(300) not null,
    published_at       timestamp with time zone not null,
    theme_ids          bigint[]     not null,
    municipality_codes varchar(6)[] not null,
    head               tsvector     not null,
    doc                tsvector     not null
) partition by hash (item_id);
create table search_entry_0 partition of search_entry for values with (modulus 8, remainder 0);
create table search_entry_1 partition of search_entry for values with (modulus 8, remainder 1);
create table search_entry_2 partition of search_entry for values with (modulus 8, remainder 2);
create table search_entry_3 partition of search_entry for values with (modulus 8, remainder 3);
create table search_entry_4 partition of search_entry for values with (modulus 8, remainder 4);
create table search_entry_5 partition of search_entry for values with (modulus 8, remainder 5);
create table search_entry_6 partition of search_entry for values with (modulus 8, remainder 6);
create table search_entry_7 partition of search_entry for values with (modulus 8, remainder 7);

create function refresh_search_entry() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        delete from knowledge.search_entry where item_id = new.id;
    end if;
    if new.status = 'GEPUBLICEERD' then
        insert into knowledge.search_entry (item_id, type, title, published_at, theme_ids, municipality_codes, head,
                                            doc)
        values (new.id, new.type, new.title, coalesce(new.published_at, new.updated_at), new.theme_ids,
                new.municipality_codes, new.search_head, strip(new.search_vector));
    end if;
    return null;
end
$$;

create trigger knowledge_item_search_entry
    after insert or update of status, type, title, summary, body_text, attachment_text, published_at, theme_ids,
        municipality_codes
    on knowledge_item for each row execute function refresh_search_entry();

-- All entries anew from the items, in one transaction (searches read the old entries until it commits).
create function rebuild_search_entries() returns bigint language plpgsql as $$
declare
    entries bigint;
begin
    delete from knowledge.search_entry;
    insert into knowledge.search_entry (item_id, type, title, published_at, theme_ids, municipality_codes, head, doc)
    select id, type, title, coalesce(published_at, updated_at), theme_ids, municipality_codes, search_head,
           strip(search_vector)
    from knowledge.knowledge_item where status = 'GEPUBLICEERD';
    get diagnostics entries = row_count;
    return entries;
end
$$;

select rebuild_search_entries();

create index search_entry_item on search_entry (item_id);
create index search_entry_head on search_entry using gin (head);
create index search_entry_doc on search_entry using gin (doc);
create index search_entry_themes on search_entry using gin (theme_ids);
create index search_entry_municipalities on search_entry using gin (municipality_codes);
create index search_entry_newest on search_entry (published_at desc, item_id desc);

-- The item's own text indexes served the searches that search_entry serves now. (The array indexes stay: the Atom
-- feed per theme reads the items.)
drop index knowledge_item_search;
drop index knowledge_item_search_head;
