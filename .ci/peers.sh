# Sourced by .ci/test and bench/api-tests: a work directory removed on exit, and
# `start_peers`, which starts a throwaway PostgreSQL cluster and the test peers (maildev SMTP, an
# OpenID Connect provider, s3s-fs) on free local ports and exports the OBSCURA_TEST_* variables
# the integration tests read (with the path of localstripe, installed here when missing, which
# the tests start themselves). Expects the current directory to be the repository root and the
# tools installed by .ci/setup.
type say >/dev/null 2>&1 || say() { printf '\033[1;35m==>\033[0m %s\n' "$1"; }

free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }

# `|| true` after each wait: a peer ended by the signal makes wait return 143, and a failing
# command here would become the exit status of the whole run.
cleanup() {
  [ -n "${server_pid:-}" ] && kill "$server_pid" 2>/dev/null && { wait "$server_pid" 2>/dev/null || true; }
  [ -n "${stripe_pid:-}" ] && kill "$stripe_pid" 2>/dev/null && { wait "$stripe_pid" 2>/dev/null || true; }
  [ -n "${social_pid:-}" ] && kill "$social_pid" 2>/dev/null && { wait "$social_pid" 2>/dev/null || true; }
  [ -n "${oidc_pid:-}" ] && kill "$oidc_pid" 2>/dev/null && { wait "$oidc_pid" 2>/dev/null || true; }
  [ -n "${maildev_pid:-}" ] && kill "$maildev_pid" 2>/dev/null && { wait "$maildev_pid" 2>/dev/null || true; }
  [ -n "${s3_pid:-}" ] && kill "$s3_pid" 2>/dev/null && { wait "$s3_pid" 2>/dev/null || true; }
  [ -n "${pg_stop:-}" ] && eval "$pg_stop" >/dev/null 2>&1
  [ -n "${work:-}" ] && rm -rf "$work"
  return 0
}
trap cleanup EXIT
work=$(mktemp -d /tmp/obscura-test.XXXXXX)
chmod 755 "$work"


start_peers() {
say "starting a throwaway PostgreSQL cluster"
  pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  pgport=$(free_port)
  pgdata="$work/pg"
  as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$1"; else sh -c "$1"; fi; }
  mkdir -p "$pgdata"
  [ "$(id -u)" = 0 ] && chown postgres "$pgdata"
  as_pg "$pgbin/initdb -D $pgdata/data -U postgres --auth=trust -E UTF8 >/dev/null"
  as_pg "$pgbin/pg_ctl -D $pgdata/data -l $pgdata/log -w -o '-p $pgport -c listen_addresses=127.0.0.1 -k $pgdata -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300' start >/dev/null"
  pg_stop="as_pg '$pgbin/pg_ctl -D $pgdata/data -m immediate stop'"
  export OBSCURA_TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:$pgport/postgres"
  export OBSCURA_TEST_REQUIRE_POSTGRES=1
  
  say "starting test peers (maildev SMTP, OpenID Connect provider, s3s-fs)"
  # maildev and the provider from end2end/node_modules, s3s-fs from ~/.cargo/bin (all installed by
  # .ci/setup), on 127.0.0.1 only, started together.
  smtp_port=$(free_port)
  web_port=$(free_port)
  end2end/node_modules/.bin/maildev --ip 127.0.0.1 --web-ip 127.0.0.1 -s "$smtp_port" -w "$web_port" \
    >"$work/maildev.log" 2>&1 &
  maildev_pid=$!
  OIDC_PORT=0 OIDC_CONTROL_PORT=0 node end2end/peers/oidc-provider.mjs >"$work/oidc.log" 2>&1 &
  oidc_pid=$!
  # s3s-fs maps buckets to directories under its root and checks SigV4 signatures.
  s3_port=$(free_port)
  s3_bucket=obscura-test
  mkdir -p "$work/s3/$s3_bucket"
  s3_secret=$(python3 -c 'import secrets;print(secrets.token_hex(16))')
  "$HOME/.cargo/bin/s3s-fs" --host 127.0.0.1 --port "$s3_port" --access-key obscura-test \
    --secret-key "$s3_secret" "$work/s3" >"$work/s3s.log" 2>&1 &
  s3_pid=$!
  maildev_up=0
  for _ in $(seq 1 300); do
    curl -fsS "http://127.0.0.1:$web_port/email" >/dev/null 2>&1 && { maildev_up=1; break; }
    kill -0 "$maildev_pid" 2>/dev/null || break
    sleep 0.1
  done
  [ "$maildev_up" = 1 ] || { echo "maildev did not start:"; cat "$work/maildev.log"; exit 1; }
  oidc_ready=""
  for _ in $(seq 1 300); do
    oidc_ready=$(grep -m 1 '^READY ' "$work/oidc.log" || true)
    [ -n "$oidc_ready" ] && break
    kill -0 "$oidc_pid" 2>/dev/null || break
    sleep 0.1
  done
  ready_re='^READY issuer=http://127\.0\.0\.1:([0-9]+) control=http://127\.0\.0\.1:([0-9]+)$'
  [[ "$oidc_ready" =~ $ready_re ]] || {
    echo "the OpenID Connect provider did not start:"; cat "$work/oidc.log"; exit 1; }
  s3_up=0
  for _ in $(seq 1 300); do
    # Any HTTP answer (403 without a signature) means it is listening.
    curl -sS -o /dev/null "http://127.0.0.1:$s3_port/" 2>/dev/null && { s3_up=1; break; }
    kill -0 "$s3_pid" 2>/dev/null || break
    sleep 0.1
  done
  [ "$s3_up" = 1 ] || { echo "s3s-fs did not start:"; cat "$work/s3s.log"; exit 1; }
  oidc_port=${BASH_REMATCH[1]}
  control_port=${BASH_REMATCH[2]}
  export OBSCURA_TEST_SMTP_URL="smtp://127.0.0.1:$smtp_port"
  export OBSCURA_TEST_MAILDEV_URL="http://127.0.0.1:$web_port"
  export OBSCURA_TEST_OIDC_ISSUER="http://127.0.0.1:$oidc_port"
  export OBSCURA_TEST_OIDC_CONTROL="http://127.0.0.1:$control_port"
  export OBSCURA_TEST_S3_ENDPOINT="http://127.0.0.1:$s3_port"
  export OBSCURA_TEST_S3_BUCKET="$s3_bucket"
  export OBSCURA_TEST_S3_ACCESS_KEY=obscura-test
  export OBSCURA_TEST_S3_SECRET_KEY="$s3_secret"

  # localstripe (PyPI, pinned), a second Stripe implementation: the billing_localstripe tests
  # start their own, one at a time on a free port, and stop it (its state file,
  # /tmp/localstripe.pickle, cannot be moved), so only its path is exported here. Installed for
  # this user when missing or another version.
  localstripe_bin="$(python3 -m site --user-base)/bin/localstripe"
  # The version is read whole (`grep -q` would stop reading early, and under `pipefail` pip's
  # broken pipe would count as "not installed" and reinstall it on every run).
  pip_has() { [ "$(python3 -m pip show "$1" 2>/dev/null | sed -n 's/^Version: //p')" = "$2" ]; }
  if ! { [ -x "$localstripe_bin" ] && pip_has localstripe 1.15.10; }; then
    say "installing localstripe 1.15.10 (PyPI)"
    python3 -m pip install --user --quiet localstripe==1.15.10
  fi
  "$localstripe_bin" --help >/dev/null 2>&1 || {
    echo "localstripe is not usable at $localstripe_bin"; exit 1; }
  export OBSCURA_TEST_LOCALSTRIPE="$localstripe_bin"

  # OpenAI's official Python client (PyPI, pinned): the API tests point it at the server's
  # OpenAI-compatible endpoints, as a developer would (the Node client is in end2end/).
  if ! pip_has openai 3.63.0; then
    say "installing OpenAI's Python client 3.63.0 (PyPI)"
    python3 -m pip install --user --quiet openai==3.63.0
  fi
  python3 -c 'import openai' || { echo "OpenAI's Python client is not importable"; exit 1; }

  # Schemathesis (PyPI, pinned): the API tests run it against /api/v1/openapi.json.
  schemathesis_bin="$(python3 -m site --user-base)/bin/st"
  if ! { [ -x "$schemathesis_bin" ] && pip_has schemathesis 4.32.5; }; then
    say "installing Schemathesis 4.32.5 (PyPI)"
    python3 -m pip install --user --quiet schemathesis==4.32.5
  fi
  "$schemathesis_bin" --version >/dev/null 2>&1 || {
    echo "Schemathesis is not usable at $schemathesis_bin"; exit 1; }
  export OBSCURA_TEST_SCHEMATHESIS="$schemathesis_bin"
  export OBSCURA_TEST_REQUIRE_PEERS=1
}
