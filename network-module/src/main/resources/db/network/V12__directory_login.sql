-- Accounts whose password lives in the organisation's directory (LDAP / Active Directory): they log in through
-- the directory, and their roles follow its groups at every login. (V9-V11 are left for the support work.)
alter table network.account add column directory_managed boolean not null default false;
