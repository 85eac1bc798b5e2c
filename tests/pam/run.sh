#!/bin/sh
# Logins through the real PAM stack: tests/pam/test_pam (auth_pam_check,
# auth_login, pamtester, timings) under pam_wrapper, against the service
# ./dvc rendered from conf/pam.d/dichvucong into var/pam.d, the real
# pam_mysql and the dev MariaDB.  /etc/pam.d is never read.
#
# Besides the shipped service, the wrapper's service directory holds three
# test-only stacks made here from the rendered one:
#   dichvucong-delay  pam_faildelay asks for a 2 s delay after a failure
#   dichvucong-null   pam_mysql reads '' hashes as NULL (NULLIF) and has
#                     nullok: the case PAM_DISALLOW_NULL_AUTHTOK must stop
#   dichvucong-broken pam_mysql with a wrong database password
# Then every output is searched for the test passwords.
#
# Needs the environment of ./dvc test; skips (77) without it.
set -eu
if [ -z "${DVC_CONF:-}" ] || [ -z "${DVC_DB_SOCKET:-}" ] ||
	[ -z "${DVC_ROOT:-}" ]; then
	echo "1..0 # SKIP needs ./dvc test (DVC_CONF, DVC_DB_SOCKET, DVC_ROOT)"
	exit 77
fi
bin=$PWD/tests/pam/test_pam
svc=$DVC_ROOT/var/pam.d
for f in "$bin" "$svc/dichvucong" "$svc/other"; do
	[ -e "$f" ] || { echo "not ok 1 - $f is missing (./dvc up renders var/pam.d)"; exit 1; }
done
command -v pamtester >/dev/null || { echo "not ok 1 - pamtester is not installed"; exit 1; }
# pam_mysql logs passwords with verbose/debug; nullok lets NULL hashes in.
if grep -Eq '^(verbose|log\.enabled|nullok)[[:space:]]*=' "$DVC_ROOT/var/pam_mysql.conf" ||
	grep -Eq '^[^#]*pam_mysql\.so.*[[:space:]](verbose|debug|nullok|sqllog)' "$svc/dichvucong"; then
	echo "not ok 1 - verbose, debug, sqllog or nullok is on in the PAM stack"
	exit 1
fi

# One run at a time per database: two runs (two `./dvc test`, or one and
# a `make check` by hand) would delete each other's pamtest rows and share
# the throttle counts of the test networks.
exec 8>"$DVC_ROOT/var/pamtest.lock"
if ! flock -w 900 8; then
	echo "not ok 1 - another tests/pam/run.sh holds var/pamtest.lock"
	exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
chmod 0700 "$tmp"
mkdir "$tmp/pam.d"
cp "$svc/dichvucong" "$svc/other" "$tmp/pam.d/"

conf=$(sed -n 's/^auth .*config_file=\([^ ]*\).*/\1/p' "$svc/dichvucong" | head -n 1)
[ -r "$conf" ] || { echo "not ok 1 - cannot read $conf"; exit 1; }
{
	echo "auth      optional  pam_faildelay.so delay=2000000"
	grep -v '^#' "$svc/dichvucong"
} >"$tmp/pam.d/dichvucong-delay"
sed "s/^users\.password_column.*/users.password_column = NULLIF(password_hash, '')/" \
	"$conf" >"$tmp/null.conf"
grep -q 'NULLIF' "$tmp/null.conf" || { echo "not ok 1 - no users.password_column in $conf"; exit 1; }
sed "s|config_file=$conf|config_file=$tmp/null.conf nullok|" \
	"$svc/dichvucong" >"$tmp/pam.d/dichvucong-null"
sed "s/^users\.db_passwd.*/users.db_passwd = not-the-password/" \
	"$conf" >"$tmp/broken.conf"
sed "s|config_file=$conf|config_file=$tmp/broken.conf|" \
	"$svc/dichvucong" >"$tmp/pam.d/dichvucong-broken"

rc=0
LD_PRELOAD=libpam_wrapper.so PAM_WRAPPER=1 PAM_WRAPPER_SERVICE_DIR=$tmp/pam.d \
	"$bin" >"$tmp/out" 2>"$tmp/err" || rc=$?
cat "$tmp/out"
sed 's/^/# stderr: /' "$tmp/err"
[ "$rc" != 77 ] || exit 77
for pw in 'pamtest-Good-pw' 'pamtest-Wrong-pw' 'pamtest-M'; do
	if grep -q -- "$pw" "$tmp/out" "$tmp/err"; then
		echo "not ok - a test password appears in the output ($pw)"
		rc=1
	fi
done
exit "$rc"
