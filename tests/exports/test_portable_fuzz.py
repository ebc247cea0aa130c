"""Fuzzing the .deseo reader: any bytes give a result or a PortableError, nothing else."""

from hypothesis import given
from hypothesis import strategies as st

from deseo_desktop.exports.portable import PortableError, read_design_bytes

from .test_portable import good_file, with_body


def read_or_refuse(data: bytes) -> None:
    try:
        read_design_bytes(data)
    except PortableError:
        pass


@given(st.binary(max_size=2000))
def test_random_bytes(data):
    read_or_refuse(data)


@given(st.data())
def test_a_good_file_with_bytes_flipped_cut_or_inserted(data):
    base = bytearray(good_file())
    for _ in range(data.draw(st.integers(1, 8))):
        at = data.draw(st.integers(0, len(base) - 1))
        action = data.draw(st.sampled_from(["flip", "cut", "insert"]))
        if action == "flip":
            base[at] ^= data.draw(st.integers(1, 255))
        elif action == "cut":
            del base[at:]
            if not base:
                break
        else:
            base[at:at] = data.draw(st.binary(min_size=1, max_size=16))
    read_or_refuse(bytes(base))


JSON_BITS = st.sampled_from(
    [
        b"{",
        b"}",
        b"[",
        b"]",
        b",",
        b":",
        b'"id"',
        b'"tables"',
        b'"design"',
        b"NaN",
        b"1e999",
        b"-0",
        b"true",
        b"null",
        b'"\\ud800"',
        b"\xff",
        b"9" * 50,
        b" ",
    ]
)


@given(st.lists(JSON_BITS, max_size=60))
def test_design_json_made_of_json_fragments(parts):
    read_or_refuse(with_body(b"".join(parts)))
