# Fails when a Catch2 test name contains ';': catch_discover_tests splits such a name into two
# ctest entries whose filters match nothing, so the test would silently never run.
file(GLOB_RECURSE files "${DIR}/*.cpp")
foreach(f ${files})
  file(STRINGS "${f}" hits REGEX "TEST_CASE\\(\"[^\"]*;")
  if(hits)
    message(FATAL_ERROR "test name with ';' in ${f}: ${hits}")
  endif()
endforeach()
