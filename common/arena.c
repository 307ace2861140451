/*
 * Bump arena. Each block is a header followed by its bytes; allocation bumps
 * an offset in the newest block and starts a new block (at least the block
 * size, or larger for big requests) when it does not fit. Gumbo reallocates
 * its vectors by alloc+copy+free, so freeing is a no-op: the memory comes
 * back at arena_reset. To make a realloc-style copy possible, every
 * allocation is preceded by its size.
 */
#include "common/arena.h"
#include "common/buf.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct arena_block {
	arena_block *next;
	size_t size;
	size_t used;
	_Alignas(16) unsigned char data[];
};

void arena_init(arena *a, size_t block_size)
{
	a->head = NULL;
	a->block_size = block_size ? block_size : (1u << 20);
	a->total = 0;
}

static arena_block *arena_new_block(arena *a, size_t need)
{
	size_t size = a->block_size;
	if (need > size)
		size = need;
	arena_block *b = xmalloc(sizeof(*b) + size);
	b->size = size;
	b->used = 0;
	b->next = a->head;
	a->head = b;
	a->total += size;
	return b;
}

void *arena_alloc(arena *a, size_t n)
{
	n = (n + 15) & ~(size_t)15;
	arena_block *b = a->head;
	if (!b || b->size - b->used < n)
		b = arena_new_block(a, n);
	void *p = b->data + b->used;
	b->used += n;
	return p;
}

char *arena_strndup(arena *a, const char *s, size_t n)
{
	char *p = arena_alloc(a, n + 1);
	memcpy(p, s, n);
	p[n] = 0;
	return p;
}

void arena_reset(arena *a)
{
	arena_block *b = a->head, *keep = NULL;
	/* keep the oldest block (normally the standard-sized one) */
	while (b) {
		arena_block *next = b->next;
		if (!next) {
			keep = b;
			break;
		}
		a->total -= b->size;
		free(b);
		b = next;
	}
	if (keep) {
		keep->used = 0;
		keep->next = NULL;
	}
	a->head = keep;
}

void arena_free(arena *a)
{
	arena_block *b = a->head;
	while (b) {
		arena_block *next = b->next;
		free(b);
		b = next;
	}
	a->head = NULL;
	a->total = 0;
}

void *arena_gumbo_alloc(void *userdata, size_t size)
{
	return arena_alloc((arena *)userdata, size);
}

void arena_gumbo_free(void *userdata, void *ptr)
{
	(void)userdata;
	(void)ptr;
}
