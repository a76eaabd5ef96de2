-- A file that goes with a mail (an invitation's .ics, for instance); it goes and stays with its message.
create table network.outbox_attachment (
    message_id   bigint primary key references network.outbox_message (id) on delete cascade,
    file_name    varchar(120) not null,
    content_type varchar(100) not null,
    content      bytea        not null
);
