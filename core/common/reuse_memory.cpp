#include "core/common/reuse_memory.h"

#include <cstdlib>  // defines __GLIBC__ on glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace supex {

void reuseFreedMemory() {
#if defined(__GLIBC__)
  // Both are needed: fixing either one alone switches off glibc's dynamic
  // adjustment of the other, which was measured to be slower still.
  mallopt(M_MMAP_THRESHOLD, 32 << 20);  // blocks below 32 MiB come from the heap...
  mallopt(M_TRIM_THRESHOLD, 64 << 20);  // ...and up to 64 MiB free stays mapped
#endif
}

}  // namespace supex
