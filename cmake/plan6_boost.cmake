# Boost.Date_Time is header-only since Boost 1.73: only Boost::headers is needed, no compiled
# component. Debian: libboost-dev; PyPI: boost-headers (an include directory, no CMake config).
find_package(Boost 1.73 CONFIG QUIET)
if(NOT TARGET Boost::headers)
  plan6_python_query(PLAN6_BOOST_INCLUDE "import boost_headers; print(boost_headers.get_include())")
  find_path(
    PLAN6_BOOST_INCLUDE_DIR boost/date_time/gregorian/gregorian.hpp
    HINTS "${PLAN6_BOOST_INCLUDE}" "${BOOST_ROOT}/include"
    REQUIRED)
  add_library(Boost::headers INTERFACE IMPORTED)
  set_target_properties(Boost::headers PROPERTIES INTERFACE_INCLUDE_DIRECTORIES
                                                  "${PLAN6_BOOST_INCLUDE_DIR}")
  message(STATUS "plan6: Boost headers from ${PLAN6_BOOST_INCLUDE_DIR}")
else()
  message(STATUS "plan6: Boost ${Boost_VERSION} from ${Boost_DIR}")
endif()
