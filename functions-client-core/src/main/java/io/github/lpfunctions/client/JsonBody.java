package io.github.lpfunctions.client;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.http.ReactiveHttpOutputMessage;
import org.springframework.web.reactive.function.BodyInserter;

/**
 * The serialized body of a request, kept in the chunks it was written into: it is not
 * copied as it grows, nor into one array at the end, nor when it is sent, each attempt
 * wrapping the same chunks in buffers of the connection's factory. It is written once,
 * before anything is sent, and read by every attempt of the call.
 *
 * @author LivePerson Functions for Spring contributors
 */
final class JsonBody {

	private static final int FIRST_CHUNK = 256;

	private static final int LARGEST_CHUNK = 256 * 1024;

	private final List<byte[]> chunks;

	private final int lastLength;

	private final int size;

	private JsonBody(List<byte[]> chunks, int lastLength, int size) {
		this.chunks = chunks;
		this.lastLength = lastLength;
		this.size = size;
	}

	/**
	 * Return the size of the body.
	 * @return the size in bytes
	 */
	int size() {
		return this.size;
	}

	/**
	 * The body for a WebClient request, with its {@code Content-Length}.
	 * @return the inserter
	 */
	BodyInserter<JsonBody, ReactiveHttpOutputMessage> inserter() {
		return (message, context) -> {
			message.getHeaders().setContentLength(this.size);
			DataBufferFactory buffers = message.bufferFactory();
			if (this.chunks.size() == 1) {
				return message.writeWith(Mono.fromSupplier(() -> buffer(buffers, 0)));
			}
			return message.writeWith(Flux.range(0, this.chunks.size()).map((index) -> buffer(buffers, index)));
		};
	}

	private DataBuffer buffer(DataBufferFactory buffers, int index) {
		int length = (index == this.chunks.size() - 1) ? this.lastLength : this.chunks.get(index).length;
		return buffers.wrap(ByteBuffer.wrap(this.chunks.get(index), 0, length));
	}

	/**
	 * Where a body is written: keeps the bytes up to the limit and only counts those
	 * beyond it, so that an oversized body is measured without being held in memory.
	 */
	static final class Writer extends OutputStream {

		private final int limit;

		private final List<byte[]> chunks = new ArrayList<>(4);

		private byte[] current = new byte[FIRST_CHUNK];

		private int position;

		private int kept;

		private long size;

		Writer(int limit) {
			this.limit = limit;
			this.chunks.add(this.current);
		}

		/**
		 * Return how many bytes were written, including those beyond the limit.
		 * @return the size written
		 */
		long size() {
			return this.size;
		}

		@Override
		public void write(int b) {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) {
			int room = (int) Math.min(length, Math.max(0, this.limit - this.size));
			this.size += length;
			int from = offset;
			int remaining = room;
			while (remaining > 0) {
				if (this.position == this.current.length) {
					this.current = new byte[Math.min(this.current.length * 2, LARGEST_CHUNK)];
					this.chunks.add(this.current);
					this.position = 0;
				}
				int copied = Math.min(remaining, this.current.length - this.position);
				System.arraycopy(bytes, from, this.current, this.position, copied);
				this.position += copied;
				from += copied;
				remaining -= copied;
			}
			this.kept += room;
		}

		/**
		 * Return the body written so far.
		 * @return the body
		 */
		JsonBody toBody() {
			return new JsonBody(List.copyOf(this.chunks), this.position, this.kept);
		}

	}

}
