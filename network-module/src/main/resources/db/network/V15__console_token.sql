-- One-time sign-ins of the server console (netwerkplaats-console import-report): the console, which already holds
-- the database credentials, writes the SHA-256 of a random token naming an account; the application's console
-- endpoint accepts it once, within minutes, for that account. Only the hash is stored.
create table console_token (
    token_hash varchar(64)              not null primary key,
    account_id bigint                   not null references account (id) on delete cascade,
    purpose    varchar(30)              not null check (purpose in ('IMPORT_REPORT')),
    expires_at timestamp with time zone not null,
    created_by varchar(120)             not null
);
create index console_token_account on console_token (account_id);
