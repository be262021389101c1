# Plan cycle (issue 13): the adopted version's checksum is SHA-256 from libsodium (found in CMakeLists.txt,
# already used for uuids and the live link), so no hash is hand-rolled.
target_link_libraries(hd_lifecycle PRIVATE PkgConfig::SODIUM) # <sodium.h> only in plan_snapshot.cpp
