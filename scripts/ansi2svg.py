#!/usr/bin/env python3
"""Render a terminal screen captured with `tmux capture-pane -e -p` (text with SGR escapes) as an SVG image.

Usage: ansi2svg.py INPUT.ans OUTPUT.svg --cols 120 --rows 40 [--theme dark|light] [--title TEXT]

Handles the SGR attributes ncurses emits through tmux: 16, 256 and true colours, bold, dim, italic, underline and
reverse; wide characters take two cells, combining marks none. Each row is laid out on a fixed grid, so the picture is
what the terminal showed, cell for cell.
"""
import argparse
import html
import re
import unicodedata

BASE16 = [
    "#1d1f21", "#cc6666", "#b5bd68", "#f0c674", "#81a2be", "#b294bb", "#8abeb7", "#c5c8c6",
    "#666666", "#d54e53", "#b9ca4a", "#e7c547", "#7aa6da", "#c397d8", "#70c0b1", "#f8f8f8",
]
THEMES = {"dark": ("#c5c8c6", "#1d1f21"), "light": ("#1d1f21", "#f8f8f8")}
SGR = re.compile(r"\x1b\[([0-9;:]*)m")
OTHER_ESCAPE = re.compile(r"\x1b(\[[0-9;?]*[A-Za-ln-z]|\][^\x07]*\x07|[()][A-Z0-9])")


def color256(n):
    if n < 16:
        return BASE16[n]
    if n < 232:
        n -= 16
        steps = [0, 95, 135, 175, 215, 255]
        return "#%02x%02x%02x" % (steps[n // 36], steps[(n // 6) % 6], steps[n % 6])
    level = 8 + (n - 232) * 10
    return "#%02x%02x%02x" % (level, level, level)


def width(ch):
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


class Style:
    def __init__(self):
        self.fg = None
        self.bg = None
        self.bold = self.dim = self.italic = self.underline = self.reverse = False

    def copy(self):
        s = Style()
        s.__dict__.update(self.__dict__)
        return s

    def apply(self, params):
        codes = [int(p) if p else 0 for p in re.split("[;:]", params)] if params else [0]
        i = 0
        while i < len(codes):
            c = codes[i]
            if c == 0:
                self.__init__()
            elif c == 1:
                self.bold = True
            elif c == 2:
                self.dim = True
            elif c == 3:
                self.italic = True
            elif c == 4:
                self.underline = True
            elif c == 7:
                self.reverse = True
            elif c == 22:
                self.bold = self.dim = False
            elif c == 23:
                self.italic = False
            elif c == 24:
                self.underline = False
            elif c == 27:
                self.reverse = False
            elif 30 <= c <= 37:
                self.fg = BASE16[c - 30]
            elif 90 <= c <= 97:
                self.fg = BASE16[c - 90 + 8]
            elif c == 39:
                self.fg = None
            elif 40 <= c <= 47:
                self.bg = BASE16[c - 40]
            elif 100 <= c <= 107:
                self.bg = BASE16[c - 100 + 8]
            elif c == 49:
                self.bg = None
            elif c in (38, 48) and i + 1 < len(codes):
                if codes[i + 1] == 5 and i + 2 < len(codes):
                    value = color256(codes[i + 2])
                    i += 2
                elif codes[i + 1] == 2 and i + 4 < len(codes):
                    value = "#%02x%02x%02x" % tuple(codes[i + 2:i + 5])
                    i += 4
                else:
                    value = None
                if c == 38:
                    self.fg = value
                else:
                    self.bg = value
            i += 1


def parse(text, cols, rows):
    """The screen as rows of cells: (char, style) or None for the second half of a wide character."""
    screen = []
    style = Style()
    for line in text.split("\n")[:rows]:
        line = OTHER_ESCAPE.sub("", line)
        cells = []
        pos = 0
        for m in SGR.finditer(line + "\x1b[m"):
            for ch in line[pos:m.start()]:
                w = width(ch)
                if w == 0 and cells:
                    prev = cells[-1] if cells[-1] is not None else cells[-2]
                    idx = len(cells) - 1 if cells[-1] is not None else len(cells) - 2
                    cells[idx] = (prev[0] + ch, prev[1])
                    continue
                cells.append((ch, style.copy()))
                if w == 2:
                    cells.append(None)
            if m.end() <= len(line):
                style.apply(m.group(1))
            pos = m.end()
        screen.append(cells[:cols])
    while len(screen) < rows:
        screen.append([])
    return screen


def render(screen, cols, rows, theme, title):
    default_fg, default_bg = THEMES[theme]
    cw, ch = 8.4, 17
    pad, bar = 12, (28 if title else 0)
    w, h = cols * cw + 2 * pad, rows * ch + 2 * pad + bar
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{w:.0f}" height="{h:.0f}" viewBox="0 0 {w:.0f} {h:.0f}">',
        "<style>text{font-family:'DejaVu Sans Mono','Menlo','Consolas',monospace;font-size:14px;"
        "white-space:pre}</style>",
        f'<rect width="100%" height="100%" rx="8" fill="{default_bg}"/>',
    ]
    if title:
        out.append(f'<rect width="100%" height="{bar}" rx="8" fill="#00000022"/>')
        for i, color in enumerate(("#ff5f56", "#ffbd2e", "#27c93f")):
            out.append(f'<circle cx="{pad + 6 + i * 18}" cy="{bar / 2}" r="6" fill="{color}"/>')
        out.append(
            f'<text x="{w / 2:.0f}" y="{bar / 2 + 5:.0f}" text-anchor="middle" fill="{default_fg}" opacity="0.7">'
            f"{html.escape(title)}</text>")
    for r, cells in enumerate(screen):
        y = pad + bar + r * ch
        for c, cell in enumerate(cells):
            if cell is None:
                continue
            text, st = cell
            fg, bg = st.fg or default_fg, st.bg
            if st.reverse:
                fg, bg = (st.bg or default_bg), (st.fg or default_fg)
            span = 2 if c + 1 < len(cells) and cells[c + 1] is None else 1
            if bg:
                out.append(f'<rect x="{pad + c * cw:.1f}" y="{y}" width="{cw * span + 0.5:.1f}" height="{ch}" fill="{bg}"/>')
            if text.strip():
                attrs = [f'fill="{fg}"']
                if st.bold:
                    attrs.append('font-weight="bold"')
                if st.dim:
                    attrs.append('opacity="0.6"')
                if st.italic:
                    attrs.append('font-style="italic"')
                if st.underline:
                    attrs.append('text-decoration="underline"')
                out.append(
                    f'<text x="{pad + c * cw:.1f}" y="{y + 13}" textLength="{cw * span:.1f}" '
                    f'lengthAdjust="spacingAndGlyphs" {" ".join(attrs)}>{html.escape(text)}</text>')
    out.append("</svg>")
    return "\n".join(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--cols", type=int, required=True)
    parser.add_argument("--rows", type=int, required=True)
    parser.add_argument("--theme", choices=THEMES, default="dark")
    parser.add_argument("--title", default="")
    args = parser.parse_args()
    with open(args.input, encoding="utf-8", errors="replace") as f:
        screen = parse(f.read(), args.cols, args.rows)
    with open(args.output, "w", encoding="utf-8") as f:
        f.write(render(screen, args.cols, args.rows, args.theme, args.title))


if __name__ == "__main__":
    main()
