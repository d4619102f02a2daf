import { Controller, Get, Inject, Param, Query, Res, UseGuards } from '@nestjs/common';
import { SkipThrottle } from '@nestjs/throttler';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import {
  apiPaths,
  defaultCsvSeparator,
  type DocumentLanguage,
  type PublicForumView,
  type PublicOrganisationSummary,
  type PublicOrganisationView,
  type PublicUnitView,
} from '@mufakat/contracts';
import { toCsv, type ExportTable } from '@mufakat/documents';
import type { Response } from 'express';
import { uuidParam } from '../common/uuid-param';
import { PublicThrottlerGuard } from '../limits/public-throttler.guard';
import { sendEvidence } from '../follow-ups/follow-ups.controller';
import { forumActionsTable, forumFeed, organisationUnitsTable, unitForumsTable } from './public-exports';
import { PublicFollowUpsService } from './public-follow-ups.service';

const LANG_QUERY = {
  name: 'lang',
  required: false,
  enum: ['id', 'en'],
  description: "Column headings and labels; 'id' (default): ';'-separated, 'en': ','-separated",
};

/**
 * Public, no login: the follow-up of forums whose Berita Acara was issued, as JSON, CSV and Atom (open data). Every
 * route counts as a lookup in the public limits per address (a page, its files and its evidence images alike).
 */
@ApiTags('public follow-up')
@Controller('api/public')
@UseGuards(PublicThrottlerGuard)
@SkipThrottle({ 'public-download': true })
@ApiTooManyRequestsResponse({ description: 'RATE_LIMITED past 600 lookups a minute from one address; Retry-After says when to try again' })
export class PublicFollowUpsController {
  constructor(@Inject(PublicFollowUpsService) private readonly views: PublicFollowUpsService) {}

  @Get('organisations')
  @ApiOperation({ summary: 'Organisations with public forums (PublicOrganisationSummary[])' })
  @ApiOkResponse({ description: 'PublicOrganisationSummary[]' })
  organisations(): Promise<PublicOrganisationSummary[]> {
    return this.views.organisations();
  }

  @Get('organisations/:id')
  @ApiOperation({ summary: "An organisation's units side by side: forums held, actions done and overdue, IKM (PublicOrganisationView)" })
  @ApiOkResponse({ description: 'PublicOrganisationView' })
  @ApiNotFoundResponse({ description: 'NOT_FOUND: no organisation with public forums has this id' })
  organisation(@Param('id', uuidParam) id: string): Promise<PublicOrganisationView> {
    return this.views.organisation(id);
  }

  @Get('organisations/:id/units.csv')
  @ApiOperation({ summary: "The organisation page's units as CSV" })
  @ApiProduces('text/csv')
  @ApiQuery(LANG_QUERY)
  @ApiNotFoundResponse({ description: 'NOT_FOUND' })
  async organisationCsv(@Param('id', uuidParam) id: string, @Query('lang') lang: string | undefined, @Res() response: Response): Promise<void> {
    const language = languageOf(lang);
    sendCsv(response, organisationUnitsTable(await this.views.organisation(id), language), language, 'units.csv');
  }

  @Get('units/:id')
  @ApiOperation({ summary: "A unit's public forums over time, their IKM, the share of actions done on time, the overdue ones (PublicUnitView)" })
  @ApiOkResponse({ description: 'PublicUnitView' })
  @ApiNotFoundResponse({ description: 'NOT_FOUND: no unit with public forums has this id' })
  unit(@Param('id', uuidParam) id: string): Promise<PublicUnitView> {
    return this.views.unit(id);
  }

  @Get('units/:id/forums.csv')
  @ApiOperation({ summary: "The unit page's forums as CSV" })
  @ApiProduces('text/csv')
  @ApiQuery(LANG_QUERY)
  @ApiNotFoundResponse({ description: 'NOT_FOUND' })
  async unitCsv(@Param('id', uuidParam) id: string, @Query('lang') lang: string | undefined, @Res() response: Response): Promise<void> {
    const language = languageOf(lang);
    sendCsv(response, unitForumsTable(await this.views.unit(id), language), language, 'forums.csv');
  }

  @Get('forums/:id')
  @ApiOperation({ summary: "A public forum's consensus items with their actions, status and history, its issued Berita Acara and IKM (PublicForumView)" })
  @ApiOkResponse({ description: 'PublicForumView' })
  @ApiNotFoundResponse({ description: 'NOT_FOUND: no forum with an issued Berita Acara has this id' })
  forum(@Param('id', uuidParam) id: string): Promise<PublicForumView> {
    return this.views.forum(id);
  }

  @Get('forums/:id/actions.csv')
  @ApiOperation({ summary: "The forum's actions as CSV" })
  @ApiProduces('text/csv')
  @ApiQuery(LANG_QUERY)
  @ApiNotFoundResponse({ description: 'NOT_FOUND' })
  async forumCsv(@Param('id', uuidParam) id: string, @Query('lang') lang: string | undefined, @Res() response: Response): Promise<void> {
    const language = languageOf(lang);
    sendCsv(response, forumActionsTable(await this.views.forum(id), language), language, 'actions.csv');
  }

  @Get('forums/:id/updates.atom')
  @ApiOperation({ summary: "An Atom 1.0 feed of the forum's action updates, one entry each, newest first" })
  @ApiProduces('application/atom+xml')
  @ApiQuery(LANG_QUERY)
  @ApiNotFoundResponse({ description: 'NOT_FOUND' })
  async forumFeed(@Param('id', uuidParam) id: string, @Query('lang') lang: string | undefined, @Res() response: Response): Promise<void> {
    const view = await this.views.forum(id);
    const origin = this.views.publicUrl;
    const feed = forumFeed(view, languageOf(lang), { pageUrl: this.views.forumPageUrl(id), feedUrl: origin + apiPaths.publicForumFeed(id), origin });
    response.type('application/atom+xml; charset=utf-8').send(feed);
  }

  @Get('evidence/:id')
  @ApiOperation({ summary: 'An evidence file (PNG, JPEG or PDF) of a public forum' })
  @ApiNotFoundResponse({ description: 'NOT_FOUND: unknown, or of a forum that is not public' })
  async evidence(@Param('id', uuidParam) id: string, @Res() response: Response): Promise<void> {
    sendEvidence(response, await this.views.evidence(id));
  }
}

function languageOf(lang: string | undefined): DocumentLanguage {
  return lang === 'en' ? 'en' : 'id';
}

/** Semicolons for Indonesian (Excel set up for Indonesia splits on them), commas for English; UTF-8 with a BOM. */
function sendCsv(response: Response, table: ExportTable, language: DocumentLanguage, name: string): void {
  const separator = defaultCsvSeparator(language) === 'semicolon' ? ';' : ',';
  response.setHeader('Content-Type', 'text/csv; charset=utf-8');
  response.setHeader('Content-Disposition', `attachment; filename="${name}"`);
  response.send(toCsv(table, separator));
}
