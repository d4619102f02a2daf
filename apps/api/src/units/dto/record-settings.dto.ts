import { isValidNumberPattern, NIP_PATTERN, RECORD_SETTINGS_LIMITS as L, type RecordSettings } from '@mufakat/contracts';
import { Transform, type TransformFnParams } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, Length, Matches, MaxLength, ValidateIf, registerDecorator, type ValidationOptions } from 'class-validator';
import { trimmed } from '../../common/transforms';

/** Trimmed; an empty string means "not set". */
const optionalText = ({ value }: TransformFnParams): unknown => (typeof value === 'string' ? value.trim() || null : value);

function IsNumberPattern(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isNumberPattern',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `${String(propertyName)} must contain {n} and only the placeholders {n}, {unit}, {year} and {month}`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && isValidNumberPattern(value) },
    });
}

export class RecordSettingsDto implements RecordSettings {
  @Transform(trimmed)
  @IsString()
  @Length(1, L.unitName)
  unitName: string;

  @Transform(trimmed)
  @IsString()
  @Length(1, L.unitCode)
  @Matches(/^[^\s/{}]+$/, { message: 'unitCode must be one word without slashes or braces' })
  unitCode: string;

  @Transform(optionalText)
  @IsOptional()
  @IsString()
  @MaxLength(L.parentBody)
  parentBody: string | null = null;

  @Transform(optionalText)
  @IsOptional()
  @IsString()
  @MaxLength(L.address)
  address: string | null = null;

  @Transform(optionalText)
  @IsOptional()
  @IsString()
  @MaxLength(L.city)
  city: string | null = null;

  @Transform(optionalText)
  @IsOptional()
  @IsString()
  @MaxLength(L.numberPattern)
  @IsNumberPattern()
  numberPattern: string | null = null;

  @Transform(optionalText)
  @IsOptional()
  @IsString()
  @MaxLength(L.personName)
  headName: string | null = null;

  @Transform(optionalText)
  @ValidateIf((dto: RecordSettingsDto) => dto.headName !== null || dto.headPosition !== null)
  @IsString({ message: 'headPosition is required with headName' })
  @MaxLength(L.position)
  headPosition: string | null = null;

  @Transform(optionalText)
  @IsOptional()
  @Matches(NIP_PATTERN, { message: 'headNip must be 18 digits' })
  headNip: string | null = null;

  @Transform(optionalText)
  @IsOptional()
  @IsString()
  @MaxLength(L.personName)
  acknowledgerName: string | null = null;

  @Transform(optionalText)
  @ValidateIf((dto: RecordSettingsDto) => dto.acknowledgerName !== null || dto.acknowledgerPosition !== null)
  @IsString({ message: 'acknowledgerPosition is required with acknowledgerName' })
  @MaxLength(L.position)
  acknowledgerPosition: string | null = null;

  @Transform(optionalText)
  @IsOptional()
  @Matches(NIP_PATTERN, { message: 'acknowledgerNip must be 18 digits' })
  acknowledgerNip: string | null = null;

  @IsOptional()
  @IsBoolean()
  showHiddenQuestionTexts: boolean = false;
}
