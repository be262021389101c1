# Fails when any file under core/ includes ImGui or GLFW: core is the UI-free model library.
file(GLOB_RECURSE files "${DIR}/*.h" "${DIR}/*.cpp")
foreach(f ${files})
  file(STRINGS "${f}" hits REGEX "#[ \t]*include[ \t]*[<\"](imgui|GLFW|backends/imgui)")
  if(hits)
    message(FATAL_ERROR "core/ must not include ImGui or GLFW: ${f}: ${hits}")
  endif()
endforeach()
message(STATUS "core/ is free of UI includes (${CMAKE_ARGC} args)")
