/* cache_: emptying nginx's flat micro-cache directory. */
#include <sys/stat.h>

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

#include "cache.h"
#include "check.h"

static char	dir[] = "/tmp/dvc-cache-XXXXXX";

static void
touch(const char *name)
{
	char	path[512];
	int	fd;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	if ((fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600)) != -1)
		close(fd);
}

static int
exists(const char *name)
{
	char		path[512];
	struct stat	st;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	return stat(path, &st) == 0;
}

int
main(void)
{
	char	sub[600];

	CHECK(cache_purge(NULL) == 0, "no cache configured: nothing to do");
	CHECK(cache_purge("") == 0, "empty cache.dir: nothing to do");
	CHECK(cache_purge("/nonexistent/dvc-cache") == -1,
	    "missing directory: -1");
	if (mkdtemp(dir) == NULL)
		return 1;
	touch("0f343b0931126a20f133d67c2b018a3b");	/* an entry */
	touch("6a20f133d67c2b018a3b0f343b093112");
	touch("0000000042");				/* a temporary file */
	touch("README");				/* not nginx's */
	touch(".keep");
	snprintf(sub, sizeof(sub), "%s/a", dir);	/* a levels= directory */
	mkdir(sub, 0700);
	CHECK(cache_purge(dir) == 3, "three nginx files deleted");
	CHECK(!exists("0f343b0931126a20f133d67c2b018a3b"), "entry gone");
	CHECK(!exists("0000000042"), "temporary file gone");
	CHECK(exists("README") && exists(".keep"), "other files kept");
	CHECK(exists("a"), "directories kept");
	CHECK(cache_purge(dir) == 0, "a second purge finds nothing");
	rmdir(sub);
	snprintf(sub, sizeof(sub), "%s/README", dir);
	unlink(sub);
	snprintf(sub, sizeof(sub), "%s/.keep", dir);
	unlink(sub);
	rmdir(dir);
	return CHECK_DONE();
}
