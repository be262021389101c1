# libFuzzer targets for every parser of outside input (issue 6). Configure in a build directory of
# its own with clang, e.g.
#   CC=clang CXX=clang++ cmake -S . -B build-fuzz -DHD_FUZZ=ON -DHD_BUILD_GUI=OFF
#   cmake --build build-fuzz --target fuzzers
# or just run tests/fuzz/run_fuzzers.sh, which does both and runs each target for a bounded time.
# Each tests/fuzz/fuzz_<parser>.cpp becomes executable fuzz_<parser>; its seeds are in
# tests/fuzz/corpus/<parser>/.
option(HD_FUZZ "Build the libFuzzer targets in tests/fuzz (needs clang)" OFF)

if(HD_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "HD_FUZZ needs clang: configure with CC=clang CXX=clang++ in a separate build directory")
  endif()
  # The library under test gets coverage instrumentation (without libFuzzer's main) plus ASan and
  # UBSan; anything that links hdcore (hearingctl, core_tests) then needs the sanitizer runtimes too.
  set(HD_FUZZ_SANITIZERS -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
      -fsanitize-ignorelist=${CMAKE_CURRENT_SOURCE_DIR}/tests/fuzz/ubsan_ignorelist.txt)
  foreach(lib ${HD_CORE_LIBRARIES})
    target_compile_options(${lib} PRIVATE -fsanitize=fuzzer-no-link ${HD_FUZZ_SANITIZERS})
    # clang (not g++) warns that rapidjson 1.1's iterator operator== is ambiguous under C++20 rules.
    target_compile_options(${lib} PRIVATE -Wno-ambiguous-reversed-operator)
  endforeach()
  target_link_options(hdcore INTERFACE -fsanitize=address,undefined)

  file(GLOB HD_FUZZ_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/tests/fuzz/fuzz_*.cpp)
  add_custom_target(fuzzers)
  foreach(src ${HD_FUZZ_SOURCES})
    get_filename_component(name ${src} NAME_WE)
    add_executable(${name} ${src})
    target_compile_options(${name} PRIVATE -fsanitize=fuzzer ${HD_FUZZ_SANITIZERS})
    target_link_options(${name} PRIVATE -fsanitize=fuzzer,address,undefined)
    target_link_libraries(${name} PRIVATE hdcore)
    add_dependencies(fuzzers ${name})
  endforeach()

  # Writes the binary seeds (plan files, transcripts, live link messages); run by hand when a format
  # changes:  build-fuzz/make_fuzz_seeds tests/fuzz/corpus tests/fixtures/plan_v1.sql
  add_executable(make_fuzz_seeds ${CMAKE_CURRENT_SOURCE_DIR}/tests/fuzz/make_fuzz_seeds.cpp)
  target_link_libraries(make_fuzz_seeds PRIVATE hdcore)
  add_dependencies(fuzzers make_fuzz_seeds) # run_fuzzers.sh writes the big seeds with it
endif()
