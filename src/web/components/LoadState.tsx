// Loading, error and empty states, in Russian, announced to screen readers.
import { Alert, Button, Center, Loader, Text } from "@mantine/core";

export interface LoadStateProps {
  loading: boolean;
  error?: Error;
  onRetry?: () => void;
  /** What is being loaded, in the accusative: «рейтинг», «комментарии». */
  what: string;
}

export function LoadState({ loading, error, onRetry, what }: LoadStateProps) {
  if (error) {
    return (
      <Alert color="red" title={`Не удалось загрузить ${what}`} role="alert">
        <Text size="sm">{error.message}</Text>
        {onRetry && (
          <Button mt="sm" size="xs" variant="outline" color="red" onClick={onRetry}>
            Повторить
          </Button>
        )}
      </Alert>
    );
  }
  if (loading) {
    return (
      <Center py="lg" role="status" aria-live="polite">
        <Loader size="sm" aria-hidden="true" />
        <Text ml="sm" size="sm">
          Загрузка…
        </Text>
      </Center>
    );
  }
  return null;
}

/** A Russian «nothing here» line. */
export function EmptyState({ children }: { children: string }) {
  return (
    <Text c="dimmed" py="sm">
      {children}
    </Text>
  );
}
