// An HTTP client over a bare socket, for the host and API tests: it sends what
// curl sends (any method, any request target, `--path-as-is`), which fetch
// refuses to build, and it is out of reach of msw's interception in Vitest.
import { connect } from 'node:net'
import { gunzipSync } from 'node:zlib'

export type RawResponse = { status: number; headers: Record<string, string>; body: string }

/** HTTP/1.0 so the server closes the connection and never chunks the body. */
export function rawRequest(
  port: number,
  method: string,
  target: string,
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1')
    const chunks: Buffer[] = []
    socket.on('data', (chunk) => chunks.push(chunk))
    socket.on('error', reject)
    socket.on('end', () => {
      const raw = Buffer.concat(chunks)
      const split = raw.indexOf('\r\n\r\n')
      const [statusLine = '', ...lines] = raw.subarray(0, split).toString('latin1').split('\r\n')
      const parsed: Record<string, string> = {}
      for (const line of lines) {
        const colon = line.indexOf(':')
        parsed[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
      }
      let body = raw.subarray(split + 4)
      if (parsed['content-encoding'] === 'gzip' && body.length > 0) body = gunzipSync(body)
      resolve({ status: Number(statusLine.split(' ')[1]), headers: parsed, body: body.toString('utf8') })
    })
    const head = Object.entries({ Host: `127.0.0.1:${port}`, ...headers })
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('')
    // Written, not ended: a half-closed socket may be dropped before the answer.
    socket.write(`${method} ${target} HTTP/1.0\r\n${head}\r\n`)
  })
}
