package render

import (
	"bufio"
	"compress/zlib"
	"encoding/binary"
	"hash/crc32"
	"image"
	"io"
)

// encodePNG writes img as an 8-bit RGBA PNG. It exists for speed: the
// standard encoder tries all five row filters on every row, which took
// three quarters of a 3840x2160 export; a chart is mostly flat colour, so
// one fixed filter ("Up", which zeroes every row that repeats the one
// above) and the fastest deflate level give files about as small in a
// fraction of the time. The output is an ordinary PNG that any decoder
// (image/png included, as the tests check) reads.
func encodePNG(w io.Writer, img *image.RGBA) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	b := img.Bounds()
	width, height := b.Dx(), b.Dy()
	if _, err := bw.WriteString("\x89PNG\r\n\x1a\n"); err != nil {
		return err
	}
	var ihdr [13]byte
	binary.BigEndian.PutUint32(ihdr[0:], uint32(width))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(height))
	ihdr[8], ihdr[9] = 8, 6 // 8 bits per sample, RGBA
	if err := writeChunk(bw, "IHDR", ihdr[:]); err != nil {
		return err
	}
	idat := &chunkWriter{w: bw, name: "IDAT"}
	zw, err := zlib.NewWriterLevel(idat, zlib.BestSpeed)
	if err != nil {
		return err
	}
	stride := width * 4
	row := make([]byte, 1+stride)
	// image.RGBA is premultiplied; PNG wants straight alpha.
	cur := make([]byte, stride)
	prev := make([]byte, stride)
	for y := 0; y < height; y++ {
		src := img.Pix[y*img.Stride : y*img.Stride+stride]
		for i := 0; i < stride; i += 4 {
			a := src[i+3]
			switch a {
			case 255, 0:
				copy(cur[i:i+4], src[i:i+4])
			default:
				cur[i] = uint8(uint32(src[i]) * 255 / uint32(a))
				cur[i+1] = uint8(uint32(src[i+1]) * 255 / uint32(a))
				cur[i+2] = uint8(uint32(src[i+2]) * 255 / uint32(a))
				cur[i+3] = a
			}
		}
		row[0] = 2 // filter: Up
		for i := range cur {
			row[1+i] = cur[i] - prev[i]
		}
		if _, err := zw.Write(row); err != nil {
			return err
		}
		cur, prev = prev, cur
	}
	if err := zw.Close(); err != nil {
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
