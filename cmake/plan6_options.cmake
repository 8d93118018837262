# Compiler options shared by every plan6 target: warnings on, sanitizers on request.
add_library(plan6_options INTERFACE)
add_library(plan6::options ALIAS plan6_options)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  target_compile_options(plan6_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow
                                                 -Wconversion -Wno-sign-conversion)
  if(PLAN6_WARNINGS_AS_ERRORS)
    target_compile_options(plan6_options INTERFACE -Werror)
  endif()
  if(PLAN6_SANITIZE)
    target_compile_options(plan6_options INTERFACE -fsanitize=address,undefined
                                                   -fno-sanitize-recover=all -fno-omit-frame-pointer)
    target_link_options(plan6_options INTERFACE -fsanitize=address,undefined)
  endif()
endif()
