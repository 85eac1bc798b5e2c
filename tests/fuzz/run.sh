#!/bin/sh
# A short run of every libFuzzer harness on its kept corpus (make check).
# Builds each harness with clang -fsanitize=fuzzer,address,undefined from
# the library sources it needs; new inputs found go to a scratch folder,
# never into the kept corpus (add a crasher there by hand, forever).
# Skips (77) when clang's libFuzzer runtime is not installed.
set -eu
src=${DVC_SRCDIR:-$(cd "$(dirname "$0")/../.." && pwd)}
out=${DVC_FUZZ_OUT:-$PWD/tests/fuzz/build}
secs=${DVC_FUZZ_SECONDS:-8}
lib=$src/cgi-bin/lib
command -v clang >/dev/null 2>&1 || { echo "clang missing: skipped"; exit 77; }
mkdir -p "$out"
echo 'int LLVMFuzzerTestOneInput(const char *d, unsigned long n){(void)d;(void)n;return 0;}' > "$out/probe.c"
clang -fsanitize=fuzzer "$out/probe.c" -o "$out/probe" 2>/dev/null ||
	{ echo "libFuzzer runtime missing (libclang-rt-14-dev): skipped"; exit 77; }
utf8="$(pkg-config --cflags --libs libutf8proc)"
build() {	# name, sources...
	name=$1; shift
	# shellcheck disable=SC2086
	clang -g -O1 -fsanitize=fuzzer,address,undefined \
		-fno-sanitize-recover=undefined -D_GNU_SOURCE -I"$lib" \
		-I"$src/tools" "$@" $utf8 -o "$out/$name"
}
run() {		# name
	name=$1
	rm -rf "$out/new-$name"; mkdir -p "$out/new-$name"
	echo "== $name ($secs s)"
	rc=0
	"$out/$name" -max_total_time="$secs" -max_len=4096 -timeout=10 \
		-rss_limit_mb=1024 -print_final_stats=1 \
		-artifact_prefix="$out/crash-$name-" \
		"$out/new-$name" "$src/tests/fuzz/corpus/$name" \
		> "$out/$name.out" 2>&1 || rc=$?
	grep -E '^(Done|stat::number_of_executed|==[0-9]+==|SUMMARY)' \
		"$out/$name.out" || true
	if [ "$rc" -ne 0 ]; then
		tail -n 40 "$out/$name.out"
		echo "fuzz: $name found a failing input (exit $rc); keep it" \
			"in tests/fuzz/corpus/$name after fixing"
		exit 1
	fi
}
build req "$src/tests/fuzz/fuzz_req.c" "$lib/req.c" "$lib/text.c" \
	"$lib/pool.c" "$lib/log.c"
build text "$src/tests/fuzz/fuzz_text.c" "$lib/text.c" "$lib/pool.c" \
	"$lib/log.c"
build multipart "$src/tests/fuzz/fuzz_multipart.c" "$lib/multipart.c" \
	"$lib/upload.c" "$lib/sha256.c" "$lib/text.c" "$lib/pool.c" \
	"$lib/log.c"
run req
run text
run multipart
if [ -f "$src/tests/fuzz/fuzz_import_parse.c" ]; then
	build import_parse "$src/tests/fuzz/fuzz_import_parse.c" \
		"$src/tools/import_parse.c" "$lib/text.c" "$lib/pool.c" \
		"$lib/log.c" "$lib/sha256.c"
	run import_parse
fi
echo "fuzz: all harnesses ran without a crash"
