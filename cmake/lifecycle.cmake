# Plan cycle (issue 13): the adopted version's checksum is SHA-256 from libsodium (libsodium-dev, already
# used by the live link), so no hash is hand-rolled.
if(NOT TARGET PkgConfig::SODIUM)
  pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
endif()
target_link_libraries(hd_lifecycle PRIVATE PkgConfig::SODIUM) # <sodium.h> only in plan_snapshot.cpp
