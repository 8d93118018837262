#include "plan6/indicators/cagr.hpp"

#include "plan6/indicators/elementwise.hpp"

namespace plan6 {

void cagr(const_vector_view start, const_vector_view end, const_vector_view years, vector_view out,
          reason_view reasons) {
  // std::pow does not vectorise anyway: the scalar function is the kernel.
  apply_elementwise<3>(
      {start, end, years}, {"start", "end", "years"}, out, reasons,
      [](double s, double e, double y) { return cagr(s, e, y).value; },
      [](double s, double e, double y) { return cagr(s, e, y).reason; });
}

}  // namespace plan6
