import { useEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

/** A pad to draw a signature with a mouse, pen or finger; reports how many strokes it holds. */
export function SignatureCanvas({ canvas, onInk }: { canvas: RefObject<HTMLCanvasElement | null>; onInk: (strokes: number) => void }) {
  const { t } = useTranslation();
  const strokes = useRef(0);
  const drawing = useRef(false);

  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    context.lineWidth = 2.5;
    context.lineCap = 'round';
    context.strokeStyle = '#111';
  }, [canvas]);

  const point = (event: React.PointerEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return {
      x: ((event.clientX - box.left) * event.currentTarget.width) / box.width,
      y: ((event.clientY - box.top) * event.currentTarget.height) / box.height,
    };
  };
  const clear = () => {
    const element = canvas.current;
    element?.getContext('2d')?.clearRect(0, 0, element.width, element.height);
    strokes.current = 0;
    onInk(0);
  };

  return (
    <div className="signature-canvas">
      <canvas
        ref={canvas}
        width={480}
        height={160}
        className="signature-canvas__pad"
        role="img"
        aria-label={t('minutes.staffSigning.pad')}
        data-testid="staff-signature-pad"
        onPointerDown={(event) => {
          drawing.current = true;
          event.currentTarget.setPointerCapture(event.pointerId);
          const { x, y } = point(event);
          const context = event.currentTarget.getContext('2d');
          context?.beginPath();
          context?.moveTo(x, y);
        }}
        onPointerMove={(event) => {
          if (!drawing.current) return;
          const { x, y } = point(event);
          const context = event.currentTarget.getContext('2d');
          context?.lineTo(x, y);
          context?.stroke();
        }}
        onPointerUp={() => {
          if (!drawing.current) return;
          drawing.current = false;
          strokes.current += 1;
          onInk(strokes.current);
        }}
      />
      <button type="button" className="button" onClick={clear}>
        {t('minutes.staffSigning.clear')}
      </button>
    </div>
  );
}
