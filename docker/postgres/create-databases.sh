#!/usr/bin/env bash
# Runs once, when PostgreSQL's data volume is new (docker-entrypoint-initdb.d): one login role and one
# database per app, each app owning only its own database.
set -euo pipefail

create_app_database() {
  local role=$1 database=$2 password=$3
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v role="$role" -v database="$database" -v password="$password" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
CREATE DATABASE :"database" OWNER :"role";
SQL
}

create_app_database partners coalition_partners "${PARTNERS_DB_PASSWORD:?}"
create_app_database meetings coalition_meetings "${MEETINGS_DB_PASSWORD:?}"
create_app_database projects coalition_projects "${PROJECTS_DB_PASSWORD:?}"
create_app_database gateway coalition_gateway "${GATEWAY_DB_PASSWORD:?}"
