# Where PyPI wheels put C++ packages: cmeel wheels install a CMake prefix in
# <site-packages>/cmeel.prefix, boost-headers ships an include directory. This helper asks a
# Python interpreter (the one scikit-build-core builds for, or PLAN6_WHEEL_PYTHON, or python3 on
# PATH) and caches the answers; the core itself never links Python.
set(PLAN6_WHEEL_PYTHON "" CACHE FILEPATH "Python interpreter whose site-packages hold C++ wheels")

function(plan6_wheel_python out_var)
  if(PLAN6_WHEEL_PYTHON)
    set(${out_var} "${PLAN6_WHEEL_PYTHON}" PARENT_SCOPE)
  elseif(Python_EXECUTABLE)
    set(${out_var} "${Python_EXECUTABLE}" PARENT_SCOPE)
  else()
    find_program(_plan6_python NAMES python3 python)
    set(${out_var} "${_plan6_python}" PARENT_SCOPE)
  endif()
endfunction()

# Runs a Python snippet and returns its stripped stdout, or "" when it fails.
function(plan6_python_query out_var snippet)
  plan6_wheel_python(_python)
  set(_result "")
  if(_python)
    execute_process(
      COMMAND "${_python}" -c "${snippet}"
      OUTPUT_VARIABLE _result
      RESULT_VARIABLE _status
      OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
    if(NOT _status EQUAL 0)
      set(_result "")
    endif()
  endif()
  set(${out_var} "${_result}" PARENT_SCOPE)
endfunction()

# sys.path, not sysconfig: pip's isolated build environments add their site-packages through
# PYTHONPATH, which the interpreter started here inherits.
plan6_python_query(
  PLAN6_CMEEL_PREFIX
  "import os, sys; print(next(p for p in (os.path.join(d, 'cmeel.prefix') for d in sys.path if d) if os.path.isdir(p)))"
)
if(PLAN6_CMEEL_PREFIX)
  list(APPEND CMAKE_PREFIX_PATH "${PLAN6_CMEEL_PREFIX}")
  message(STATUS "plan6: C++ wheels prefix ${PLAN6_CMEEL_PREFIX}")
endif()
