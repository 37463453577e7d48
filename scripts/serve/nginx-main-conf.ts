export interface MainConfValues {
  /** A folder of the caller's own: the pid file and the temporary files go there. */
  readonly prefix: string;
  /** The server block to include (a copy of deploy/nginx.conf). */
  readonly siteFile: string;
  /** Only when nginx starts as root: the user its worker runs as (it reads dist/). */
  readonly workerUser?: string;
}

/**
 * A minimal main nginx.conf for a test server, in place of Debian's /etc/nginx/nginx.conf:
 * nothing it writes leaves `prefix`, so it runs for any user, on any port above 1024.
 */
export function nginxMainConf({ prefix, siteFile, workerUser }: MainConfValues): string {
  // nginx started as root runs its worker as "nobody", which cannot enter a clone under
  // /root or a chmod 700 home: every request is a 403. Started by anyone else, the worker is
  // the caller already, and a "user" line would only draw a warning.
  const user = workerUser ? `user ${workerUser};\n` : '';
  return `${user}worker_processes 1;
pid ${prefix}/nginx.pid;
error_log stderr warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  include ${siteFile};
}
`;
}
