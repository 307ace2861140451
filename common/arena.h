/*
 * arena: a per-document bump allocator. Allocations are carved from large
 * blocks and released all at once with arena_reset/arena_free; a worker keeps
 * one arena and reuses its first block from document to document. It also
 * serves as Gumbo's allocator (arena_gumbo_alloc/arena_gumbo_free), which
 * removes most of the parse's malloc traffic.
 */
#ifndef PITH_ARENA_H
#define PITH_ARENA_H

#include <stddef.h>

typedef struct arena_block arena_block;

typedef struct arena {
	arena_block *head;
	size_t block_size;
	size_t total;     /* bytes of blocks currently held */
} arena;

void arena_init(arena *a, size_t block_size);
void *arena_alloc(arena *a, size_t n);        /* 16-byte aligned */
char *arena_strndup(arena *a, const char *s, size_t n);
void arena_reset(arena *a);                  /* keeps the first block */
void arena_free(arena *a);

/* GumboOptions.allocator / deallocator with userdata = arena* */
void *arena_gumbo_alloc(void *userdata, size_t size);
void arena_gumbo_free(void *userdata, void *ptr);

#endif
