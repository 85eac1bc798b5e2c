#!/bin/sh
# The unit tests again, built with AddressSanitizer and UndefinedBehavior-
# Sanitizer (any report fails the test).  Uses the same sources as the
# normal build; the object files go to a scratch folder.
set -eu
src=${DVC_SRCDIR:-$(cd "$(dirname "$0")/../.." && pwd)}
out=$PWD/tests/unit/asan
lib=$src/cgi-bin/lib
mkdir -p "$out"
flags="-g -O1 -fsanitize=address,undefined -fno-sanitize-recover=all
	-fno-omit-frame-pointer -D_GNU_SOURCE -I$lib -I/usr/include/ClearSilver
	$(pkg-config --cflags libmariadb libutf8proc libqrencode)"
libs="$(pkg-config --libs libmariadb libutf8proc libqrencode) -lm -lfcgi
	-lneo_cgi -lneo_cs -lneo_utl -lz"
libsrc="$lib/app.c $lib/cfg.c $lib/db.c $lib/json.c $lib/log.c $lib/pool.c
	$lib/req.c $lib/sha256.c $lib/stmt.c $lib/text.c $lib/tpl.c
	$lib/valid.c $lib/auth.c $lib/mail.c $lib/cache.c $lib/cal.c
	$lib/multipart.c $lib/upload.c $lib/qr.c"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
fail=0
for t in text req json tpl valid mail cache cal multipart qr import_parse; do
	extra=
	[ "$t" != import_parse ] ||
		extra="$src/tools/import_parse.c -I$src/tools -I$src/tests/unit"
	# shellcheck disable=SC2086
	gcc $flags -DSYSCONFDIR='"/etc/dichvucong"' -DTEMPLATEDIR='"."' \
		"$src/tests/unit/test_$t.c" $extra $libsrc $libs \
		-o "$out/test_$t"
	if DVC_SRCDIR=$src "$out/test_$t" > "$out/test_$t.out" 2>&1; then
		echo "ok - test_$t clean under ASan+UBSan"
	else
		echo "not ok - test_$t under ASan+UBSan"
		cat "$out/test_$t.out"
		fail=1
	fi
done
exit $fail
