-- A progress note may record a change of status, so the overview can tell what moved since the last review.
alter table learning_question_note add column status_to varchar(30);
alter table learning_question_note alter column body drop not null;
