"""Shared by the scripts that generate Swift sources: word lists as Swift multi-line string literals."""


def multiline_literal(words, width=100, indent=8):
    """The words joined by spaces in lines of at most `width` characters, as a Swift \"\"\" literal."""
    lines, line = [], ""
    for w in words:
        if len(line) + len(w) + 1 > width:
            lines.append(line)
            line = ""
        line += (" " if line else "") + w
    if line:
        lines.append(line)
    pad = " " * indent
    return '"""\n' + "\n".join(pad + l for l in lines) + "\n" + pad + '"""'
