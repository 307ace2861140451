/* manifest: stub, implementation follows. */
#include "common/manifest.h"
