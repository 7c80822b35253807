package io.github.lpfunctions.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An HTTP proxy for tests: it accepts {@code CONNECT}, records the authority asked for,
 * and tunnels every connection to one target port on loopback, whatever was asked, so
 * that a host where nothing listens can only be reached through it.
 */
final class TunnelProxy implements AutoCloseable {

	private final ServerSocket server;

	private final int targetPort;

	private final List<String> tunnels = new CopyOnWriteArrayList<>();

	private final ExecutorService executor = Executors.newCachedThreadPool();

	TunnelProxy(int targetPort) {
		try {
			this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		this.targetPort = targetPort;
		this.executor.execute(this::accept);
	}

	int port() {
		return this.server.getLocalPort();
	}

	/** The authorities of the {@code CONNECT} requests, in arrival order. */
	List<String> tunnels() {
		return List.copyOf(this.tunnels);
	}

	private void accept() {
		while (!this.server.isClosed()) {
			try {
				Socket client = this.server.accept();
				this.executor.execute(() -> tunnel(client));
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void tunnel(Socket client) {
		try (client; Socket target = new Socket(InetAddress.getLoopbackAddress(), this.targetPort)) {
			InputStream fromClient = client.getInputStream();
			String requestLine = readLine(fromClient);
			while (!readLine(fromClient).isEmpty()) {
				// the proxy needs no header
			}
			String[] parts = requestLine.split(" ");
			if (parts.length < 2 || !parts[0].equals("CONNECT")) {
				client.getOutputStream()
					.write("HTTP/1.1 405 Method Not Allowed\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
				return;
			}
			this.tunnels.add(parts[1]);
			client.getOutputStream()
				.write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
			client.getOutputStream().flush();
			this.executor.execute(() -> {
				pipe(fromClient, target);
			});
			pipe(target.getInputStream(), client);
		}
		catch (IOException ex) {
			// the connection ended
		}
	}

	/** Copies until the end of the input, then half-closes the output's socket. */
	private static void pipe(InputStream in, Socket out) {
		byte[] buffer = new byte[8192];
		try {
			OutputStream stream = out.getOutputStream();
			for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
				stream.write(buffer, 0, n);
				stream.flush();
			}
			out.shutdownOutput();
		}
		catch (IOException ex) {
			// one side closed
		}
	}

	/**
	 * Reads a CRLF-terminated line byte by byte, so that nothing after it is consumed.
	 */
	private static String readLine(InputStream in) throws IOException {
		StringBuilder line = new StringBuilder();
		for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
			if (b != '\r') {
				line.append((char) b);
			}
		}
		return line.toString();
	}

	@Override
	public void close() {
		try {
			this.server.close();
		}
		catch (IOException ex) {
			// closing anyway
		}
		this.executor.shutdownNow();
	}

}
