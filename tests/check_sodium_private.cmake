# Fails when a header under core/ or app/ includes <sodium.h>: libsodium stays inside the .cpp files
# that use it (core/base/uuid.cpp, core/live/live_crypto.cpp), so the GUI never compiles against it.
file(GLOB_RECURSE files "${DIR}/core/*.h" "${DIR}/app/*.h")
foreach(f ${files})
  file(STRINGS "${f}" hits REGEX "#[ \t]*include[ \t]*[<\"]sodium")
  if(hits)
    message(FATAL_ERROR "a header includes libsodium: ${f}: ${hits}")
  endif()
endforeach()
