/* json_: structure, commas and escaping. */
#include "check.h"
#include "json.h"
#include "pool.h"

int
main(void)
{
	struct pool	p;
	struct buf	b;
	struct json	j;

	pool_init(&p);
	buf_init(&b, &p);
	json_init(&j, &b);
	json_obj(&j);
	json_kstr(&j, "a", "x\"y\\z\n<b>&");
	json_kint(&j, "n", -5);
	json_key(&j, "l");
	json_arr(&j);
	json_int(&j, 1);
	json_obj(&j);
	json_kstr(&j, "k", NULL);
	json_end_obj(&j);
	json_bool(&j, 1);
	json_end_arr(&j);
	json_kstr(&j, "v", "Đất\x01");
	json_end_obj(&j);
	CHECK_STR(b.data, "{\"a\":\"x\\\"y\\\\z\\n\\u003cb\\u003e\\u0026\","
	    "\"n\":-5,\"l\":[1,{\"k\":null},true],\"v\":\"Đất\\u0001\"}",
	    "document");
	pool_free(&p);
	return CHECK_DONE();
}
