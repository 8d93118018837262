# Eigen 3.4: array kernels over maps of numpy buffers. Debian: libeigen3-dev; PyPI: cmeel-eigen.
find_package(Eigen3 3.3 CONFIG REQUIRED NO_MODULE)
message(STATUS "plan6: Eigen ${Eigen3_VERSION} from ${Eigen3_DIR}")
