#!/usr/bin/env bash
# Install and start what the store and web tests need, from Debian packages:
# a PostgreSQL server (SILANG_TEST_PG) and Debian's chromium (browser tests).
# Run as root on Debian 12. Writes the test environment to .ci/env for .ci/run to source.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export DEBIAN_FRONTEND=noninteractive

need=()
command -v pg_ctlcluster >/dev/null 2>&1 || need+=(postgresql)
[ -x /usr/bin/chromium ] || need+=(chromium)
fc-list 2>/dev/null | grep -qi dejavu || need+=(fonts-dejavu-core)
if [ "${#need[@]}" -gt 0 ]; then
  echo "services: installing ${need[*]}"
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# PostgreSQL: the first cluster Debian created (e.g. 15/main), started and waited for.
read -r version cluster port _ < <(pg_lsclusters --no-header | head -n1)
if [ -z "${version:-}" ]; then
  version="$(ls /usr/lib/postgresql | sort -n | tail -n1)"
  cluster=main
  pg_createcluster "$version" "$cluster" >/dev/null
  read -r version cluster port _ < <(pg_lsclusters --no-header | head -n1)
fi
pg_ctlcluster "$version" "$cluster" start 2>/dev/null || true
for _ in $(seq 1 30); do
  pg_isready -q -p "$port" && break
  sleep 1
done
pg_isready -p "$port"

# A test role that may create a fresh database per test; password auth over loopback TCP.
password="silang-test"
su postgres -c "psql -q -p $port -v ON_ERROR_STOP=1" <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'silang') THEN
    CREATE ROLE silang LOGIN CREATEDB PASSWORD '$password';
  END IF;
END \$\$;
SQL
su postgres -c "psql -q -p $port -tc \"SELECT 1 FROM pg_database WHERE datname = 'silang'\"" | grep -q 1 \
  || su postgres -c "createdb -p $port -O silang silang"

url="postgresql+psycopg://silang:${password}@127.0.0.1:${port}/silang"
{
  echo "export SILANG_TEST_PG='$url'"
  echo "export SILANG_CHROMIUM=/usr/bin/chromium"
} >"$here/env"
echo "services: PostgreSQL $version/$cluster on 127.0.0.1:$port, chromium $(/usr/bin/chromium --version 2>/dev/null | head -n1)"
echo "services: wrote $here/env (SILANG_TEST_PG, SILANG_CHROMIUM)"
