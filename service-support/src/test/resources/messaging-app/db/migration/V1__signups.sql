create table signup (id uuid primary key, name text not null);
create table welcome (customer_id uuid not null, event_id text not null);
