#include "plan6/report/page_segments.hpp"

#include <algorithm>
#include <cmath>

#include "plan6/report/spaced_pieces.hpp"

namespace plan6 {
namespace {

using sv = std::u32string_view;
constexpr std::size_t npos = static_cast<std::size_t>(-1);

// Unicode white space as Python's str.isspace (and re's \s) has it: the readers' Python side
// agrees with these bounds.
constexpr bool is_white(char32_t c) noexcept {
  return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 ||
         c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
         c == 0x205F || c == 0x3000;
}

// Control characters end a line of PDFium's text (its \r\n among them).
constexpr bool is_control(char32_t c) noexcept {
  return c < 0x20;
}

// A character that is printed: neither white space nor a control character.
constexpr bool is_ink(char32_t c) noexcept {
  return !is_white(c) && !is_control(c);
}

// Characters [start, end) as one run, with the boxes of the first and the last.
struct run {
  std::size_t start, end;
  char_box first, last;
};

// Whether characters first..last can be one run: one line, left to right, and no wider than
// its characters can be without a gap of an em in it.
bool consistent(const char_box& first, const char_box& last, sv text) {
  double em = first.bottom - first.top;
  if (last.bottom - last.top > em) em = last.bottom - last.top;
  if (em < 1.0) em = 1.0;
  const double width = last.right - first.left;
  const double drop = first.top - last.top;
  if (width < -0.2 * em || -0.5 * em >= drop || drop >= 0.5 * em) return false;
  // Wide characters (kanji, kana: 3 bytes of UTF-8) take an em, the others 0.62 of one:
  // digits after a label in a row of a table run much wider than an em each. Counted as
  // (UTF-8 bytes - characters) / 2, rounded down, as the Python reader had it.
  std::size_t extra = 0;
  for (char32_t c : text)
    extra += c < 0x80 ? 0 : c < 0x800 ? 1 : c < 0x10000 ? 2 : 3;
  const double wide = static_cast<double>(extra / 2);
  const double narrow = static_cast<double>(text.size()) - wide;
  return width <= (wide + 0.62 * narrow + 1.0) * em;
}

// The end of the piece of ink that starts at `start`, before `end`.
std::size_t ink_end(sv text, std::size_t start, std::size_t end) {
  while (start < end && is_ink(text[start]))
    ++start;
  return start;
}

class segmenter {
 public:
  segmenter(sv text, const char_box_function& box) : text_(text), box_(box) {}

  std::vector<page_segment> segments() {
    find_letter_spacing();
    std::size_t i = 0;
    while (i < text_.size()) {
      if (!is_ink(text_[i])) {
        ++i;
        continue;
      }
      const std::size_t start = i;
      std::size_t end = i + 1;
      for (; i < text_.size() && !is_control(text_[i]); ++i)
        if (is_ink(text_[i])) end = i + 1;
      line(start, end);
    }
    return std::move(found_);
  }

 private:
  sv part(std::size_t start, std::size_t end) const { return text_.substr(start, end - start); }

  // A line of PDFium's text, as runs.
  void line(std::size_t start, std::size_t end) {
    const char_box first = box_(start);
    const char_box last = end - start > 1 ? box_(end - 1) : first;
    if (end - start > 1 && !consistent(first, last, part(start, end))) {
      for (const run& r : split({start, end, first, last}))
        add(r);
    } else {
      add({start, end, first, last});
    }
  }

  // A run without white space as consistent runs, by bisection where the boxes of its ends
  // disagree (PDFium ran two lines together). `first` is the box of its first character.
  void bisect(std::size_t start, std::size_t end, const char_box& first, std::vector<run>& out) {
    const char_box last = end - start > 1 ? box_(end - 1) : first;
    if (end - start == 1 || consistent(first, last, part(start, end))) {
      out.push_back({start, end, first, last});
      return;
    }
    const std::size_t middle = (start + end) / 2;
    bisect(start, middle, first, out);
    bisect(middle, end, box_(middle), out);
  }

  // A line that is not one run: cut at its white space (where the gap between two columns
  // or cells almost always is), each piece bisected only if it is itself not one run;
  // neighbouring pieces are joined again where they sit side by side after all.
  std::vector<run> split(const run& whole) {
    std::vector<run> runs;
    for (std::size_t a = whole.start; a < whole.end;) {
      if (!is_ink(text_[a])) {
        ++a;
        continue;
      }
      const std::size_t b = ink_end(text_, a, whole.end);
      const char_box first = a == whole.start ? whole.first : box_(a);
      const char_box last = b == whole.end ? whole.last : (b - a == 1 ? first : box_(b - 1));
      if (b - a == 1 || consistent(first, last, part(a, b)))
        runs.push_back({a, b, first, last});
      else
        bisect(a, b, first, runs);
      a = b;
    }
    std::vector<run> merged{runs.front()};
    for (std::size_t k = 1; k < runs.size(); ++k) {
      run& previous = merged.back();
      const char_box& end_box = previous.last;
      const char_box& next_box = runs[k].first;
      const double em = std::max(end_box.bottom - end_box.top, 1.0);
      const double gap = next_box.left - end_box.right;
      if (std::abs(end_box.top - next_box.top) < 0.5 * em && -0.2 * em <= gap && gap <= em) {
        previous.end = runs[k].end;
        previous.last = runs[k].last;
      } else {
        merged.push_back(runs[k]);
      }
    }
    return merged;
  }

  // The text of a run with letter-spaced pieces, measured piece by piece.
  std::u32string spaced_text(std::size_t start, std::size_t end) {
    std::vector<spaced_piece> pieces;
    std::size_t previous_end = npos;
    for (std::size_t a = start; a < end;) {
      if (!is_ink(text_[a])) {
        ++a;
        continue;
      }
      const std::size_t b = ink_end(text_, a, end);
      const char_box first = box_(a);
      const char_box last = b - a == 1 ? first : box_(b - 1);
      const sv separator = previous_end == npos ? sv() : part(previous_end, a);
      pieces.push_back({part(a, b), first.left, last.right, std::min(first.top, last.top),
                        std::max(first.bottom, last.bottom), separator});
      previous_end = b;
      a = b;
    }
    return join_spaced_pieces(pieces);
  }

  // A run found: a segment of its own, or the continuation of the one before it.
  void add(const run& r) {
    while (next_spaced_ < spaced_at_.size() && spaced_at_[next_spaced_] < r.start)
      ++next_spaced_;
    const bool spaced = next_spaced_ < spaced_at_.size() && spaced_at_[next_spaced_] < r.end;
    std::u32string run_text =
        spaced ? spaced_text(r.start, r.end) : std::u32string(part(r.start, r.end));
    const double top = r.first.top < r.last.top ? r.first.top : r.last.top;
    const double bottom = r.first.bottom > r.last.bottom ? r.first.bottom : r.last.bottom;
    if (!found_.empty()) {
      page_segment& previous = found_.back();
      const double size = bottom - top > 1.0 ? bottom - top : 1.0;
      const double gap = r.first.left - previous.x1;
      if (-0.2 * size <= gap && gap <= 1.2 * size && std::abs(top - previous.top) < 0.5 * size) {
        const sv between = part(previous_end_, r.start);
        const bool had_space = between.find_first_of(U" \u3000") != sv::npos;
        if (had_space || gap >= 0.3 * size) previous.text += U' ';
        previous.text += run_text;
        previous.x1 = std::max(previous.x1, r.last.right);
        previous.top = std::min(previous.top, top);
        previous.bottom = std::max(previous.bottom, bottom);
        previous_end_ = r.end;
        return;
      }
    }
    found_.push_back({std::move(run_text), r.first.left, r.last.right, top, bottom});
    previous_end_ = r.end;
  }

  // The end of the letter-spaced stretch that starts at `start`, or npos: pieces of one or
  // two spaceable characters, each one space or ideographic space after the one before, the
  // last followed by white space or the end of the text (what the longest such match of a
  // regular expression from `start` would take).
  std::size_t letter_spaced_end(std::size_t start) const {
    const auto group_end = [&](std::size_t from) {
      while (from < text_.size() && is_spaceable(text_[from]))
        ++from;
      return from;
    };
    std::size_t end = group_end(start);
    if (end - start > 2) return npos;
    std::size_t found = npos;
    while (end + 1 < text_.size() && (text_[end] == U' ' || text_[end] == U'\u3000') &&
           is_spaceable(text_[end + 1])) {
      const std::size_t next = group_end(end + 1);
      if (next - (end + 1) > 2) break;
      if (next < text_.size() && !is_white(text_[next])) break;
      found = end = next;
    }
    return found;
  }

  // Where letter-spaced stretches start, found left to right without overlapping: a run is
  // measured piece by piece only if one starts in it.
  void find_letter_spacing() {
    for (std::size_t p = 0; p < text_.size();) {
      if (is_spaceable(text_[p]) && (p == 0 || is_white(text_[p - 1]))) {
        const std::size_t end = letter_spaced_end(p);
        if (end != npos) {
          spaced_at_.push_back(p);
          p = end;
          continue;
        }
      }
      ++p;
    }
  }

  sv text_;
  const char_box_function& box_;
  std::vector<std::size_t> spaced_at_;
  std::size_t next_spaced_ = 0;
  std::vector<page_segment> found_;
  std::size_t previous_end_ = 0;
};

}  // namespace

std::vector<page_segment> page_segments(std::u32string_view text, const char_box_function& box) {
  return segmenter(text, box).segments();
}

}  // namespace plan6
