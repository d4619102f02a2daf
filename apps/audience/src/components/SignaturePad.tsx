import { useRef, type PointerEvent, type RefObject } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { PAD } from '../lib/signature';

interface Props {
  canvas: RefObject<HTMLCanvasElement | null>;
  /** Length of the strokes drawn so far, in pad pixels; 0 after clearing. */
  onInk: (ink: number) => void;
}

/** Drawn with a finger, a stylus or a mouse; the canvas is the PNG, at PAD size. */
export function SignaturePad({ canvas, onInk }: Props) {
  const { t } = useTranslation();
  const last = useRef<{ x: number; y: number } | null>(null);
  const ink = useRef(0);

  const at = (event: PointerEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return { x: ((event.clientX - box.left) * PAD.width) / box.width, y: ((event.clientY - box.top) * PAD.height) / box.height };
  };

  const down = (event: PointerEvent<HTMLCanvasElement>) => {
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    last.current = at(event);
  };

  const move = (event: PointerEvent<HTMLCanvasElement>) => {
    const from = last.current;
    const context = event.currentTarget.getContext('2d');
    if (!from || !context) return;
    const to = at(event);
    context.lineWidth = 4;
    context.lineCap = context.lineJoin = 'round';
    context.beginPath();
    context.moveTo(from.x, from.y);
    context.lineTo(to.x, to.y);
    context.stroke();
    ink.current += Math.hypot(to.x - from.x, to.y - from.y);
    last.current = to;
  };

  const up = () => {
    if (last.current) onInk(ink.current);
    last.current = null;
  };

  const clear = () => {
    canvas.current?.getContext('2d')?.clearRect(0, 0, PAD.width, PAD.height);
    ink.current = 0;
    onInk(0);
  };

  return (
    <>
      <p id="pad-hint" className="muted">
        {t('signing.padHint')}
      </p>
      <canvas
        ref={canvas}
        className="pad"
        width={PAD.width}
        height={PAD.height}
        role="img"
        aria-label={t('signing.pad')}
        aria-describedby="pad-hint"
        data-testid="signature-pad"
        onPointerDown={down}
        onPointerMove={move}
        onPointerUp={up}
        onPointerCancel={up}
      />
      <button type="button" data-testid="signature-clear" onClick={clear}>
        {t('signing.clear')}
      </button>
    </>
  );
}
