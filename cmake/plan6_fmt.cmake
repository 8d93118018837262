# fmt: number and message formatting. Used header-only so that nothing non-PIC or shared has to
# travel with the Python extension. Debian: libfmt-dev; PyPI: cmeel-fmt.
find_package(fmt 9 CONFIG REQUIRED)
message(STATUS "plan6: fmt ${fmt_VERSION} from ${fmt_DIR}")
if(TARGET fmt::fmt-header-only)
  set(PLAN6_FMT_TARGET fmt::fmt-header-only)
else()
  set(PLAN6_FMT_TARGET fmt::fmt)
endif()
