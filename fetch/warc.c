/* warc: stub, implementation follows. */
#include "fetch/warc.h"
