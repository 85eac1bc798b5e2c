/*
 * cache_: emptying nginx's micro-cache of public pages from a program, so
 * that a change to the catalogue shows at once (docs/operations.md §4).
 *
 * nginx keeps each cached answer in one file of the cache directory
 * (fastcgi_cache_path without levels: a flat directory, group-writable by
 * the programs' group) and treats a file that has disappeared as a miss.
 * Deleting the files is therefore a complete purge; nginx's own index in
 * shared memory needs no notice.
 */
#ifndef CACHE_H
#define CACHE_H

/* Deletes every cache entry and every temporary file nginx is writing in
 * dir: regular files whose names hold only hexadecimal digits and dots
 * (nginx's names); anything else is left alone.  dir NULL or "" does
 * nothing (no cache configured).  Returns the number of files deleted,
 * or -1 when the directory cannot be read or a file cannot be deleted
 * (logged once with the reason). */
int	 cache_purge(const char *dir);

#endif
