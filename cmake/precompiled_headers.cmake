# Precompiled headers. Parsing Qt Widgets, QCustomPlot and Eigen costs 6 to
# 11 s in every translation unit that includes them, most of a typical
# file's compile time; CI builds everything from a clean clone on two cores,
# so each header set is parsed once per group of targets with the same
# flags, and the other targets of the group reuse that file.

# Off for the libFuzzer build: its extra flags on the core differ from the
# targets that would reuse the core's header.
option(SUPEX_PCH "Use precompiled headers" ON)
if(SUPEX_FUZZ)
  set(SUPEX_PCH OFF)
endif()

set(SUPEX_PCH_STD <algorithm> <cmath> <limits> <memory> <optional> <stop_token> <string> <vector>)
set(SUPEX_PCH_CORE <Eigen/Dense> <nlohmann/json.hpp> ${SUPEX_PCH_STD})
set(SUPEX_PCH_GUI <QtWidgets> <qcustomplot.h> ${SUPEX_PCH_CORE})

# supex_use_pch(TARGET OWNER HEADERS...): TARGET compiles HEADERS itself when
# it is OWNER, else reuses OWNER's (same compile flags and definitions).
function(supex_use_pch target owner)
  if(NOT SUPEX_PCH)
    return()
  endif()
  if(target STREQUAL owner)
    target_precompile_headers(${target} PRIVATE ${ARGN})
  else()
    target_precompile_headers(${target} REUSE_FROM ${owner})
  endif()
endfunction()
