package render

import (
	"bufio"
	"bytes"
	"compress/flate"
	"encoding/binary"
	"hash/adler32"
	"hash/crc32"
	"image"
	"io"
	"runtime"
	"sync"
)

// encodePNG writes img as an 8-bit RGBA PNG. It exists for speed: the
// standard encoder tries all five row filters on every row and runs on one
// core, which took three quarters of a 3840x2160 export. Here every row
// takes one fixed filter ("Up", which zeroes every row that repeats the
// one above: a chart is mostly flat colour), and bands of rows are
// compressed at the fastest level on all cores at once. Each band is an
// independent deflate stream ended by a sync flush (the last one by a
// final block), so the bands joined in order are one valid zlib stream;
// the checksum is combined from theirs. The output is an ordinary PNG that
// any decoder (image/png included, as the tests check) reads.
func encodePNG(w io.Writer, img *image.RGBA) error {
	b := img.Bounds()
	width, height := b.Dx(), b.Dy()
	// An opaque image (the light and dark themes) is written as RGB: a
	// quarter fewer bytes to compress.
	bpp, colorType := 4, byte(6)
	if img.Opaque() {
		bpp, colorType = 3, 2
	}
	bands := min(runtime.GOMAXPROCS(0)*2, max(height/64, 1))
	type band struct {
		data bytes.Buffer
		sum  uint32 // Adler-32 of the band's filtered rows
		n    int    // their length
		err  error
	}
	out := make([]band, bands)
	var wg sync.WaitGroup
	for k := range out {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			bd := &out[k]
			y0, y1 := height*k/bands, height*(k+1)/bands
			fw, err := flate.NewWriter(&bd.data, flate.BestSpeed)
			if err != nil {
				bd.err = err
				return
			}
			sum := adler32.New()
			stride := width * bpp
			row := make([]byte, 1+stride)
			cur, prev := make([]byte, stride), make([]byte, stride)
			if y0 > 0 {
				straight(prev, img, b.Min.Y+y0-1, bpp)
			}
			for y := y0; y < y1; y++ {
				straight(cur, img, b.Min.Y+y, bpp)
				row[0] = 2 // filter: Up
				for i := range cur {
					row[1+i] = cur[i] - prev[i]
				}
				sum.Write(row)
				if _, err := fw.Write(row); err != nil {
					bd.err = err
					return
				}
				cur, prev = prev, cur
			}
			if k == bands-1 {
				bd.err = fw.Close()
			} else {
				bd.err = fw.Flush()
			}
			bd.sum, bd.n = sum.Sum32(), (y1-y0)*(1+stride)
		}(k)
	}
	wg.Wait()

	bw := bufio.NewWriterSize(w, 1<<16)
	if _, err := bw.WriteString("\x89PNG\r\n\x1a\n"); err != nil {
		return err
	}
	var ihdr [13]byte
	binary.BigEndian.PutUint32(ihdr[0:], uint32(width))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(height))
	ihdr[8], ihdr[9] = 8, colorType // 8 bits per sample, RGB or RGBA
	if err := writeChunk(bw, "IHDR", ihdr[:]); err != nil {
		return err
	}
	idat := &chunkWriter{w: bw, name: "IDAT"}
	idat.Write([]byte{0x78, 0x01}) // zlib header: deflate, 32K window, fastest
	var sum uint32 = 1
	for k := range out {
		if out[k].err != nil {
			return out[k].err
		}
		if _, err := idat.Write(out[k].data.Bytes()); err != nil {
			return err
		}
		sum = adler32Combine(sum, out[k].sum, out[k].n)
	}
	var tail [4]byte
	binary.BigEndian.PutUint32(tail[:], sum)
	if _, err := idat.Write(tail[:]); err != nil {
		return err
	}
	if err := idat.flush(); err != nil {
		return err
	}
	if err := writeChunk(bw, "IEND", nil); err != nil {
		return err
	}
	return bw.Flush()
}

// straight copies row y of img into dst as bpp bytes a pixel: RGB, or
// RGBA with straight alpha (image.RGBA is premultiplied; PNG wants
// straight alpha).
func straight(dst []byte, img *image.RGBA, y, bpp int) {
	off := (y - img.Rect.Min.Y) * img.Stride
	src := img.Pix[off : off+img.Rect.Dx()*4]
	if bpp == 3 {
		for i, j := 0, 0; i < len(src); i, j = i+4, j+3 {
			dst[j], dst[j+1], dst[j+2] = src[i], src[i+1], src[i+2]
		}
		return
	}
	for i := 0; i < len(src); i += 4 {
		switch a := src[i+3]; a {
		case 255, 0:
			copy(dst[i:i+4], src[i:i+4])
		default: // as color.NRGBAModel rounds it
			a16 := uint32(a) * 0x101
			for c := 0; c < 3; c++ {
				dst[i+c] = uint8(uint32(src[i+c]) * 0x101 * 0xffff / a16 >> 8)
			}
			dst[i+3] = a
		}
	}
}

// adler32Combine returns the Adler-32 checksum of two byte strings joined,
// from their own checksums and the second's length (zlib's
// adler32_combine).
func adler32Combine(a1, a2 uint32, len2 int) uint32 {
	const base = 65521
	rem := uint32(len2 % base)
	s1 := a1 & 0xffff
	s2 := rem * s1 % base
	s1 += (a2 & 0xffff) + base - 1
	s2 += (a1 >> 16) + (a2 >> 16) + base - rem
	if s1 >= base {
		s1 -= base
	}
	if s1 >= base {
		s1 -= base
	}
	if s2 >= 2*base {
		s2 -= 2 * base
	}
	if s2 >= base {
		s2 -= base
	}
	return s1 | s2<<16
}

func writeChunk(w io.Writer, name string, data []byte) error {
	var head [8]byte
	binary.BigEndian.PutUint32(head[:4], uint32(len(data)))
	copy(head[4:], name)
	crc := crc32.NewIEEE()
	crc.Write(head[4:])
	crc.Write(data)
	var tail [4]byte
	binary.BigEndian.PutUint32(tail[:], crc.Sum32())
	for _, p := range [][]byte{head[:], data, tail[:]} {
		if _, err := w.Write(p); err != nil {
			return err
		}
	}
	return nil
}

// chunkWriter buffers compressed data into chunks of up to 256 KiB.
type chunkWriter struct {
	w    io.Writer
	name string
	buf  []byte
}

func (c *chunkWriter) Write(p []byte) (int, error) {
	c.buf = append(c.buf, p...)
	for len(c.buf) >= 1<<18 {
		if err := writeChunk(c.w, c.name, c.buf[:1<<18]); err != nil {
			return 0, err
		}
		c.buf = append(c.buf[:0], c.buf[1<<18:]...)
	}
	return len(p), nil
}

func (c *chunkWriter) flush() error {
	if len(c.buf) == 0 {
		return nil
	}
	err := writeChunk(c.w, c.name, c.buf)
	c.buf = c.buf[:0]
	return err
}
