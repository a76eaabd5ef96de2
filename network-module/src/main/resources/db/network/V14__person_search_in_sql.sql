-- What visitors and members can find of a person, computed in the database from exactly the fields they may see,
-- so that the application (after a profile change) and the server console (rebuild-search) build it the same way.
-- A field is visible to visitors when its audience is VISITORS, to members when VISITORS or MEMBERS; the name
-- gates the whole profile (no visible name: nothing to find).
create function person_search_text(p_account bigint, p_viewer varchar) returns text
    language sql stable as
$$
    with visible as (select field
                     from network.profile_visibility
                     where account_id = p_account
                       and (audience = 'VISITORS' or (audience = 'MEMBERS' and p_viewer = 'MEMBERS')))
    select case
               when exists (select 1 from visible where field = 'NAME') then
                   concat_ws(' ', a.display_name,
                             case when exists (select 1 from visible where field = 'BIO') then a.bio end,
                             case when exists (select 1 from visible where field = 'OFFERS') then a.offers end,
                             case when exists (select 1 from visible where field = 'SEEKS') then a.seeks end)
               else '' end
    from network.account a
    where a.id = p_account
$$;
