import { DynamicModule, Module } from '@nestjs/common';
import { ServeStaticModule, type ServeStaticModuleOptions } from '@nestjs/serve-static';
import type { RuntimeConfig } from '../config/runtime-config';

/** Serves the built web apps: the staff console under /console, the attendee app everywhere else. */
@Module({})
export class WebModule {
  static forRoot(web: RuntimeConfig['web']): DynamicModule {
    const roots: ServeStaticModuleOptions[] = [];
    if (web.consoleDir) roots.push({ rootPath: web.consoleDir, serveRoot: '/console' });
    if (web.audienceDir) {
      roots.push({ rootPath: web.audienceDir, exclude: ['/api/{*rest}', '/console/{*rest}', '/health', '/socket.io/{*rest}'] });
    }
    return { module: WebModule, imports: roots.length > 0 ? [ServeStaticModule.forRoot(...roots)] : [] };
  }
}
