// The growth rates over arrays, simple (growth.hpp) and logarithmic (log_growth.hpp): one
// file because they differ only in their kernels.
#include "plan6/indicators/growth.hpp"

#include "plan6/indicators/elementwise.hpp"
#include "plan6/indicators/log_growth.hpp"

namespace plan6 {
namespace {

// A rate of (current, prior) pairs from its branch-free value and its checked scalar form.
template <double (*Value)(double, double) noexcept,
          indicator_value (*Checked)(double, double) noexcept>
void over_pairs(const_vector_view current, const_vector_view prior, vector_view out,
                reason_view reasons) {
  apply_elementwise<2>(
      {current, prior}, {"current", "prior"}, out, reasons,
      [](double c, double p) { return Value(c, p); },
      [](double c, double p) { return Checked(c, p).reason; });
}

}  // namespace

void growth(const_vector_view current, const_vector_view prior, vector_view out,
            reason_view reasons) {
  over_pairs<growth_value, growth>(current, prior, out, reasons);
}

void log_growth(const_vector_view current, const_vector_view prior, vector_view out,
                reason_view reasons) {
  over_pairs<log_growth_value, log_growth>(current, prior, out, reasons);
}

}  // namespace plan6
