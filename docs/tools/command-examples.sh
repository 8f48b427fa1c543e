#!/usr/bin/env bash
# Runs the sessions shown in docs/commands.md and prints them as they ran: "$ retort ..." then
# what the command printed (stdout and stderr, in order) and its exit code. It works in /tmp/shop
# (a fresh SQLite project), /tmp/shop2 (a copy of examples/plain-sql with a model) and /tmp/blog
# (a copy of examples/alembic-takeover), and changes nothing else.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
retort() { "${RETORT:-$root/bin/retort}" "$@"; }   # RETORT=path runs another build
run() {
  printf '$ retort'
  for a in "$@"; do case $a in *' '*) printf ' "%s"' "$a" ;; *) printf ' %s' "$a" ;; esac; done
  echo
  retort "$@" 2>&1
  echo "[exit $?]"
  echo
}
unset DATABASE_URL RETORT_CONFIG
rm -rf /tmp/shop && mkdir /tmp/shop && cd /tmp/shop || exit 1

run --version
run init -t sql migrations
run list-templates
run revision -m "create customer" --rev-id 1f3a9c2b7d10
run revision -m "create orders" --rev-id 4b8e2d6a9c31
run revision -m "add customer email" --head 1f3a9c2b7d10 --splice --rev-id 7c2f5e1b8a44
run heads
run merge heads -m "merge orders and email" --rev-id 9d6b3a7e2f58
run revision -m "add order status" --format java --rev-id c5e8a1d4b762
run revision -m "audit log" --head base --branch-label audit --rev-id a0d17e3c9b55
run revision -m "needs orders" --head audit@head --depends-on 4b8e --rev-id b3c4d5e6f708
cat > migrations/versions/1f3a9c2b7d10_create_customer.sql <<'SQL'
-- retort: revision=1f3a9c2b7d10 down=
-- retort: message=create customer
-- retort: upgrade
CREATE TABLE customer (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL);
-- retort: downgrade
DROP TABLE customer;
SQL
run heads
run heads -v
run heads --resolve-dependencies
run branches
run history
run history -r 1f3a:4b8e
run history -r 9d6b: -v
run show 9d6b
run show audit@head
run current
run upgrade 1f3a
run upgrade +1
run current
run upgrade heads
run current
run current -v
run history -i -r 9d6b:
run downgrade audit@-1
run downgrade -1
run downgrade base
run upgrade heads -q
run stamp 9d6b3a7e2f58
run stamp --purge 9d6b3a7e2f58
run ensure-version
run validate
echo "-- edited after it ran" >> migrations/versions/1f3a9c2b7d10_create_customer.sql
run validate
run upgrade heads
run validate --accept 1f3a9c2b7d10
run --url postgresql://app:secret@db.example.com/shop upgrade 9d6b3a7e2f58 --sql --tag v1.2
run --url postgresql://app@db/shop upgrade 4b8e2d6a9c31:9d6b3a7e2f58 --sql
run --url mysql://app@db/shop downgrade 9d6b3a7e2f58:4b8e2d6a9c31 --sql
run --url "mssql://sa@db/shop" stamp 1f3a9c2b7d10 --sql
run --url h2:mem:shop ensure-version --sql
run downgrade 9d6b3a7e2f58 --sql
run upgrade nope
run downgrade -5
run upgrade
run heads --nope
run help stamp
run -v current --url postgresql://app:secret@127.0.0.1:1/shop

# check, autogenerate, JSON and edit on a copy of examples/plain-sql with a schema.sql model
rm -rf /tmp/shop2 && cp -r "$root/examples/plain-sql" /tmp/shop2 && cd /tmp/shop2 || exit 1
rm -rf shop.db* migrations/.retort-cache
printf '\n[retort.model]\nsql = "schema.sql"\n' >> retort.toml
cat > schema.sql <<'SQL'
CREATE TABLE customer (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL, email VARCHAR(255));
CREATE UNIQUE INDEX uq_customer_email ON customer (email);
CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customer (id),
    total NUMERIC(10, 2) NOT NULL, status VARCHAR(20) NOT NULL DEFAULT 'new', shipped_at TIMESTAMP);
CREATE INDEX ix_orders_customer_id ON orders (customer_id);
SQL
run -q upgrade head
run check
run revision --autogenerate -m "add shipped at" --rev-id 0e5d3c2b1a09 --format sql
cat migrations/versions/0e5d3c2b1a09_add_shipped_at.sql; echo
run -q upgrade head
run check
run --format json current
EDITOR=cat run edit 0e5d

# verify on a copy of examples/alembic-takeover
rm -rf /tmp/blog && cp -r "$root/examples/alembic-takeover" /tmp/blog && cd /tmp/blog || exit 1
rm -rf blog.db* verify.db* migrations/.retort-cache
run verify --url sqlite:///verify.db
